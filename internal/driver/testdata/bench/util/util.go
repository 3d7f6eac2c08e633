package util

import (
	"encoding/json"
	"net/http"
)

func Bad() {}

// WriteJSON calls Bad.
func WriteJSON(w http.ResponseWriter, v any) error {
	Bad()
	return json.NewEncoder(w).Encode(v)
}
