# language: de
Funktionalität: Ökostromanteil am Verbrauch und das Ziel für 2030
  Der Anteil erneuerbarer Energien am (Brutto-)Stromverbrauch: BDEW in 002, Umweltbundesamt in
  005 (vorläufige Bilanz vom Dezember 2024). Erwartungen vor dem Lauf geschrieben.

  @expect_pass @cls_control
  Szenario: Erneuerbare deckten 2024 etwa 55 Prozent des Stromverbrauchs
    # why: 002 "dass 2024 etwa 55 Prozent des Verbrauchs" = [54,5; 55,5] stützt; 005 "rund 54 Prozent" = [53,5; 54,5] berührt 54,5 — verträglich, kein Widerspruch.
    Dann beträgt ee_anteil_verbrauch_2024 etwa 55 %
    Und Quelle 002 stützt sie

  @expect_fail @cls_attribution
  Szenario: Laut Umweltbundesamt deckten Erneuerbare 2024 etwa 55 Prozent des Stromverbrauchs
    # why: 55 Prozent ist die Zahl des BDEW (002); 005 sagt "rund 54 Prozent" = [53,5; 54,5], nur verträglich mit [54,5; 55,5] — 005 stützt nicht.
    Dann beträgt ee_anteil_verbrauch_2024 etwa 55 %
    Und Quelle 005 stützt sie

  @expect_pass @cls_control
  Szenario: Laut Umweltbundesamt lag der Ökostromanteil am Verbrauch 2024 bei rund 54 Prozent
    # why: 005 "steige damit auf rund 54 Prozent" = [53,5; 54,5]; 002 "etwa 55 Prozent" berührt nur — verträglich.
    Dann beträgt ee_anteil_verbrauch_2024 rund 54 %
    Und Quelle 005 stützt sie

  @expect_fail @cls_bound
  Szenario: Erneuerbare deckten 2024 mehr als 55 Prozent des Stromverbrauchs
    # why: 005 "rund 54 Prozent" = [53,5; 54,5] widerspricht (55; ∞); 002 "etwa 55 Prozent" nur verträglich.
    Dann beträgt ee_anteil_verbrauch_2024 mehr als 55 %

  @expect_pass @cls_fraction
  Szenario: Mehr als die Hälfte des Stromverbrauchs kam 2024 aus Erneuerbaren
    # why: 005 "rund 54 Prozent, also auf mehr als die Hälfte" und 002 "etwa 55 Prozent" liegen beide über 50 %.
    Dann beträgt ee_anteil_verbrauch_2024 mehr als 50 %

  @expect_pass @cls_range
  Szenario: Erneuerbare deckten 2024 zwischen 53 und 56 Prozent des Stromverbrauchs
    # why: 005 [53,5; 54,5] und 002 [54,5; 55,5] liegen beide in [53; 56].
    Dann beträgt ee_anteil_verbrauch_2024 zwischen 53 und 56 %

  @expect_fail @cls_range
  Szenario: Erneuerbare deckten 2024 zwischen 55 und 57 Prozent des Stromverbrauchs
    # why: 005 "rund 54 Prozent" = [53,5; 54,5] liegt ganz unter 55 — Widerspruch.
    Dann beträgt ee_anteil_verbrauch_2024 zwischen 55 und 57 %

  @expect_pass @cls_qualifier
  Szenario: 2023 deckten Erneuerbare knapp 53 Prozent des Bruttostromverbrauchs
    # why: 005 "im vergangenen Jahr bei fast 53 Prozent" = [52,5; 53); "knapp" liest wie "fast".
    Dann beträgt ee_anteil_verbrauch_2023 knapp 53 %

  @expect_fail @cls_qualifier
  Szenario: 2023 deckten Erneuerbare gut 53 Prozent des Bruttostromverbrauchs
    # why: 005 "fast 53 Prozent" = [52,5; 53) — unter 53; "gut 53" = (53; 53,5] widerspricht.
    Dann beträgt ee_anteil_verbrauch_2023 gut 53 %

  @expect_pass @cls_points
  Szenario: Der Ökostromanteil am Verbrauch stieg von 2022 auf 2023 um 6 bis 7 Prozentpunkte
    # why: 005 "fast 53 Prozent" [52,5; 53) minus "gut 46 Prozent" (46; 46,5] = [6; 7) ⊆ [6; 7].
    Dann stieg ee_anteil_verbrauch_2023 um 6 bis 7 Prozentpunkte gegenüber ee_anteil_verbrauch_2022

  @expect_fail @cls_unit
  Szenario: Der Ökostromanteil am Verbrauch stieg von 2022 auf 2023 um 6 bis 7 Prozent
    # why: Prozent statt Prozentpunkte: relativ 005 [52,5; 53)/(46; 46,5] − 1 ≈ 12,9 bis 15,2 % — widerspricht [6; 7] %.
    Dann stieg ee_anteil_verbrauch_2023 um 6 bis 7 % gegenüber ee_anteil_verbrauch_2022

  @expect_pass @cls_control
  Szenario: Bis 2030 sollen 80 Prozent des Stroms aus Erneuerbaren kommen
    # why: 005 "Bis 2030 sollen den Angaben zufolge 80 Prozent des Strombedarfs" = genau 80 (stützt); 002 "bis 2030 rund 80 Prozent" = [75; 85] verträglich.
    Dann beträgt ee_ziel_2030_prozent 80 %

  @expect_fail @cls_bound
  Szenario: Bis 2030 sollen mindestens 85 Prozent des Stroms aus Erneuerbaren kommen
    # why: 005 "80 Prozent" = genau 80 widerspricht [85; ∞).
    Dann beträgt ee_ziel_2030_prozent mindestens 85 %

  @expect_pass @cls_statement
  Szenario: UBA-Präsident Messner fordert einen schnelleren Ausbau der Erneuerbaren
    # why: 005 "Deren Ausbau müsse beschleunigt werden, um das gesteckte Ziel zu erreichen, sagte Messner."
    Dann trifft ee_ausbau_beschleunigen zu
    Und Quelle 005 stützt sie
