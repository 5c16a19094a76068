# language: de
Funktionalität: Nachtrag — Zahlen, die der Leser nicht liest
  Nach dem ersten Lauf geschrieben, aber vor ihrem eigenen Lauf: drei wahre Aussagen, deren
  Beleg in einer Quelle steht, die factspec nicht als Beleg annehmen kann (ein Bruch, eine
  Zahl ohne Einheit danach, "or so"). Siehe NOTES.md, "Lint findings left open".

  @expect_pass @cls_source
  Szenario: Laut n-tv gingen die Neuzulassungen von E-Autos 2024 um mehr als 25 Prozent zurück
    # why: 001 "Das war mehr als ein Viertel weniger als im Jahr davor." — mehr als ein Viertel = mehr als 25 %; 002 "27.4%" stimmt damit überein.
    Dann beträgt bev_registrations_2024_decline mehr als 25 Prozent
    Und Quelle 001 stützt sie

  @expect_pass @cls_source
  Szenario: Laut dpa summierten sich die BEV-Neuzulassungen 2023 auf rund 524.000
    # why: 003 "unter den BEV-Neuzulassungen im vergangenen Jahr, die sich auf 524 000 summieren" (im März 2024: 2023); 005 "524,219" liegt in rund 524.000 = [523.500; 524.500].
    Dann beträgt bev_registrations_2023 rund 524.000 Autos
    Und Quelle 003 stützt sie

  @expect_pass @cls_source
  Szenario: Laut der englischen dpa-Meldung gab es zu Jahresbeginn 2024 etwa 2.000 Autos mit Brennstoffzelle
    # why: 004 "If you include the 2,000 or so cars with fuel cells" — "or so" = etwa; etwa 2.000 = [1.800; 2.200] (w = 10 % von 2.000); 003 "gut 2000" = (2000; 2200] passt.
    Dann beträgt fuel_cell_stock_jan_2024 etwa 2.000 Autos
    Und Quelle 004 stützt sie
