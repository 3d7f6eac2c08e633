package model

import "testing"

func TestIsSecretName(t *testing.T) {
	for name, want := range map[string]bool{
		"ResetToken": true, "resetToken": true, "APIKey": true, "ApiKey": true, "api_key": true, "InviteToken": true,
		"csrf_token": true, "Password": true, "NewPassword": true, "generateResetToken": true, "ClientSecret": true, "OTP": true,
		"TokenType": false, "ResetTokenExpiry": false, "PasswordLength": false, "SecretName": false, "Key": false,
		"CacheKey": false, "Tokenizer": false, "Name": false, "RequestID": false, "TokenID": false, "Session": false,
	} {
		if got := IsSecretName(name); got != want {
			t.Errorf("IsSecretName(%q) = %v, want %v", name, got, want)
		}
	}
}
