package contract

import (
	_ "github.com/aktywna/integracja/budget"
	_ "github.com/aktywna/integracja/indicator"
)
