package l

// Bad is the function whose calls the marker analyzer reports.
func Bad() {}

// The code below says it comes from gram.y (as goyacc's output does): its
// positions are reported there, but fixes must edit this file.

//line gram.y:2
func fromGrammar() { Bad() }
