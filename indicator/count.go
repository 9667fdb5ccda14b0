package indicator

// Count is a number of people broken down by sex, as every ESF indicator
// must be ("20 (12K i 8M)"). The zero Count is no one.
type Count struct {
	Women       int `json:"women"`
	Men         int `json:"men"`
	Unspecified int `json:"unspecified,omitempty"`
}

// Total returns the number of people of every sex.
func (c Count) Total() int { return c.Women + c.Men + c.Unspecified }

// Add returns the sum of c and d, sex by sex.
func (c Count) Add(d Count) Count {
	return Count{Women: c.Women + d.Women, Men: c.Men + d.Men, Unspecified: c.Unspecified + d.Unspecified}
}

// Of returns the number of people of sex s in c.
func (c Count) Of(s Sex) int {
	switch s {
	case Female:
		return c.Women
	case Male:
		return c.Men
	}
	return c.Unspecified
}

// Plus returns c with n more people of sex s.
func (c Count) Plus(s Sex, n int) Count {
	switch s {
	case Female:
		c.Women += n
	case Male:
		c.Men += n
	default:
		c.Unspecified += n
	}
	return c
}
