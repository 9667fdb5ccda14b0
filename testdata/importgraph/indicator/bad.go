package indicator

import _ "github.com/aktywna/integracja/contract"
