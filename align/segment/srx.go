package segment

import (
	"errors"
	"io"

	"golang.org/x/text/language"
)

// SRX is a parsed SRX 2.0 rule set.
type SRX struct{}

type srxRule struct{}

// LoadSRX parses an SRX 2.0 rule file; name is used in error messages.
func LoadSRX(r io.Reader, name string) (*SRX, error) {
	return nil, errors.New("srx: not implemented yet")
}

func (x *SRX) rulesFor(tag language.Tag) ([]srxRule, bool) { return nil, false }

func (s *Segmenter) srxSplit(ps *paraSplitter, p []byte, dst []span) []span { return ps.split(p, dst) }
