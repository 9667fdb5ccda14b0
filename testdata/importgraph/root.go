package integracja

import _ "github.com/aktywna/integracja/budget"
