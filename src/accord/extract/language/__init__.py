"""The language layer every section shares: lexicon, gazetteer, numbers, dates, datelines, speech and cue words."""
