%{
package l
%}
%%
top: { Bad() }
