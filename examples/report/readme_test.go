package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The excerpts of the report in the README are lines of the report as it
// prints them today.
func TestTheReadmeExcerptsAreLinesOfTheReport(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	lines := map[string]bool{}
	for _, l := range strings.Split(output(t), "\n") {
		lines[l] = true
	}
	tour := string(readme)[strings.Index(string(readme), "## A tour of the five programmes"):]
	tour = tour[:strings.Index(tour, "\n## Packages")]
	blocks := regexp.MustCompile("(?s)```text\n(.*?)```").FindAllStringSubmatch(tour, -1)
	require.GreaterOrEqual(t, len(blocks), 5, "an excerpt per programme at least")
	for _, b := range blocks {
		for _, l := range strings.Split(strings.TrimRight(b[1], "\n"), "\n") {
			if !lines[l] {
				t.Errorf("the README quotes a line the report does not print: %q", l)
			}
		}
	}
}
