package align

// features is sentFeatures of a sentence s whose place in its document
// is not known: the tests' way to a sentence's features.
func (x *extractor) features(s string, src bool) []uint32 {
	return x.sentFeatures(-1, s, src)
}
