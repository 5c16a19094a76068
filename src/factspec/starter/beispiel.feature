# language: de
Funktionalität: Die Stadtbibliothek
  Dieselbe Behauptung auf Deutsch: Zahlen in deutscher Schreibweise (48.000).

  Szenario: Die Stadtbibliothek hat 2024 etwa 48.000 Bücher verliehen
    Dann beträgt library_loans_2024 etwa 48.000 Bücher
    Und Quelle example stützt sie
