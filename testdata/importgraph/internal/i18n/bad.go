package i18n

import "github.com/aktywna/integracja" // forbidden: internal packages import nothing of the module

var _ = integracja.ErrInvalid
