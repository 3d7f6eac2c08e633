package uuid

type UUID [16]byte

func New() UUID                      { return UUID{} }
func NewRandom() (UUID, error)       { return UUID{}, nil }
func NewUUID() (UUID, error)         { return UUID{}, nil }
func Must(uuid UUID, err error) UUID { return uuid }
func (u UUID) String() string        { return "" }
