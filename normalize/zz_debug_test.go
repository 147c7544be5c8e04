package normalize

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestZZDebug(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZF"))
	d := NewDiscovererFor(language.Make(os.Getenv("ZZL")))
	d.noRelated, d.typos = true, true
	d.Add(string(b))
	for _, c := range d.Clusters(SameThreshold) {
		s := fmt.Sprintf("%+v", c)
		if strings.Contains(s, os.Getenv("ZZW")) {
			fmt.Printf("cluster %s\n", s)
		}
	}
	fmt.Println(d.surnameSlips(d.lastCands))
}
