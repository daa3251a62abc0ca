"""What the pages share: the query module (the only code that sends SQL from the app), filters in the
URL, and Vietnamese formatting. Pages import from here and stay layout only."""
