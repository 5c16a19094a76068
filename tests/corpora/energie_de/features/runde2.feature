# language: de
Funktionalität: Zweite Runde — Tatsachen, auf denen noch keine bestandene Aussage ruht
  Nach dem ersten Lauf zeigte `factspec mutate`, welche Tatsachen keine bestandene Aussage
  trägt. Diese Aussagen prüfen sie; jede Erwartung wurde vor dem Lauf dieser Datei geschrieben
  und mit ihr eingecheckt, aus den Quellen und DESIGN.md.

  @expect_pass @cls_disputed @disputed
  Szenario: Die Stromerzeugung sank 2024 um 4,2 Prozent
    # why: 000 "während die Stromerzeugung um 4,2 Prozent zurückging" und 001 "um 4,2 Prozent" stützen; 003 "3,6 Prozent weniger" und 004 "um 3,6 Prozent" widersprechen; die Beschreibung nennt beide Seiten.
    Die SMARD-Zahlen der Bundesnetzagentur (000, 001) ergeben einen Rückgang um 4,2 Prozent,
    Destatis meldet in 003 und 004 dagegen 3,6 Prozent.

    Dann beträgt erzeugung_rueckgang_2024_prozent 4,2 %

  @expect_pass @cls_range
  Szenario: Die Stromerzeugung sank 2024 um 3,5 bis 4,5 Prozent
    # why: 000/001 "4,2 Prozent" = [4,15; 4,25] und 003/004 "3,6 Prozent" = [3,55; 3,65] liegen beide im Bereich von 3,5 bis 4,5.
    Dann beträgt erzeugung_rueckgang_2024_prozent 3,5 bis 4,5 %
    Und mindestens 3 Quellen stützen sie

  @expect_fail @cls_range
  Szenario: Die Stromerzeugung sank 2024 um 4 bis 5 Prozent
    # why: 003 "3,6 Prozent weniger als im Jahr 2023" = [3,55; 3,65] liegt unter 4 — Widerspruch.
    Dann beträgt erzeugung_rueckgang_2024_prozent 4 bis 5 %

  @expect_pass @cls_control
  Szenario: Mit dem Importsaldo lag der Ökostromanteil 2024 bei etwa 56 Prozent
    # why: 004 "sinkt der Wert auf rund 56 Prozent, wenn man auch den Importsaldo mit einbezieht" = [55,5; 56,5].
    Dann beträgt ee_anteil_mit_importsaldo_2024 etwa 56 %

  @expect_fail @cls_scope
  Szenario: Mit dem Importsaldo lag der Ökostromanteil 2024 bei 59,4 Prozent
    # why: 59,4 Prozent ist der Anteil an der Erzeugung; mit Importsaldo sagt 004 "rund 56 Prozent" = [55,5; 56,5] — Widerspruch.
    Dann beträgt ee_anteil_mit_importsaldo_2024 59,4 %

  @expect_pass @cls_derived
  Szenario: Mit dem Importsaldo ist der Ökostromanteil 2024 kleiner als der Anteil an der Erzeugung
    # why: 004 "59,4 Prozent Anteil an der Erzeugung … sinkt der Wert auf rund 56 Prozent": [55,5; 56,5] − [59,35; 59,45] < 0; die übrigen Quellen (59 Prozent) mit 004s 56 ergänzt ebenfalls < 0.
    Dann ist ee_anteil_mit_importsaldo_2024 kleiner als ee_anteil_erzeugung_2024

  @expect_pass @cls_control
  Szenario: Konventionelle Energieträger speisten 2024 176,8 TWh ein
    # why: 000 "Durch konventionelle Energieträger wurden 176,8 TWh Strom eingespeist".
    Dann beträgt konventionell_2024_twh 176,8 TWh

  @expect_pass @cls_control
  Szenario: Konventionelle Energieträger erzeugten 2024 laut Destatis 175,1 Milliarden Kilowattstunden, 40,6 Prozent der Erzeugung
    # why: 003 "um 11,0 Prozent auf 175,1 Milliarden Kilowattstunden und einen Anteil von 40,6 Prozent an der inländischen Stromerzeugung".
    Dann beträgt konventionell_2024_kwh 175,1 Milliarden Kilowattstunden
    Und beträgt konventionell_anteil_2024 40,6 %
    Und Quelle 003 stützt sie

  @expect_fail @cls_bound
  Szenario: Konventionelle Energieträger lieferten 2024 weniger als 40 Prozent des Stroms
    # why: 003 "einen Anteil von 40,6 Prozent" = [40,55; 40,65] widerspricht (−∞; 40).
    Dann beträgt konventionell_anteil_2024 weniger als 40 %

  @expect_fail @cls_attribution
  Szenario: Laut Destatis speisten konventionelle Energieträger 2024 176,8 Milliarden Kilowattstunden ein
    # why: 176,8 ist die SMARD-Zahl (000, in TWh); Destatis (003) sagt "175,1 Milliarden Kilowattstunden" = [175,05; 175,15] — Widerspruch.
    Dann beträgt konventionell_2024_kwh 176,8 Milliarden Kilowattstunden

  @expect_pass @cls_control
  Szenario: Die Photovoltaik legte 2024 um 10,4 Prozent zu
    # why: 003 "deutlich um 10,4 Prozent auf 59,5 Milliarden Kilowattstunden" und 004 "der Photovoltaik zu verdanken, die um 10,4 Prozent zulegte".
    Dann beträgt pv_anstieg_2024_prozent 10,4 %
    Und mindestens 2 Quellen stützen sie

  @expect_fail @cls_unit
  Szenario: Die Photovoltaik legte 2024 um 10,4 Prozentpunkte zu
    # why: 003 und 004 sagen "10,4 Prozent" — eine relative Zunahme, keine Prozentpunkte.
    Dann beträgt pv_anstieg_2024_prozent 10,4 Prozentpunkte

  @expect_pass @cls_control
  Szenario: Steinkohle lieferte 2024 27,3 TWh
    # why: 000 "Steinkohle fiel um 31,2 Prozent auf 27,3 TWh".
    Dann beträgt steinkohle_2024_twh 27,3 TWh

  @expect_fail @cls_derived
  Szenario: Steinkohle lieferte 2024 weniger Strom als die Wasserkraft
    # why: 000 "auf 27,3 TWh" (Steinkohle) gegen 003 "auf 20,4 Milliarden Kilowattstunden" (Wasserkraft): 27,3 TWh = 27,3 Milliarden kWh, mehr als 20,4 — falsch.
    Dann ist steinkohle_2024_twh kleiner als wasserkraft_2024_kwh

  @expect_pass @cls_control
  Szenario: Wasserkraft hatte 2024 einen Anteil von 4,7 Prozent an der Stromerzeugung
    # why: 003 "erreichte damit einen Anteil von 4,7 Prozent an der gesamten Stromerzeugung".
    Dann beträgt wasserkraft_anteil_2024 4,7 %

  @expect_pass @cls_control
  Szenario: Wind an Land hatte 2024 einen Anteil von 25,9 Prozent an der Erzeugung
    # why: 000 "Wind Onshore machte mit 25,9 Prozent den größten Anteil der einzelnen Energieträger aus."
    Dann beträgt wind_onshore_anteil_2024 25,9 %

  @expect_fail @cls_derived
  Szenario: Wind an Land hatte 2024 einen größeren Anteil als die Windkraft insgesamt
    # why: 000 "Wind Onshore … 25,9 Prozent" gegen 001 "Windkraft, die allein 31,9 Prozent" — ein Teil kann nicht größer sein; 001 (ergänzt mit 000) und 000 (ergänzt mit 001) widersprechen.
    Dann ist wind_onshore_anteil_2024 größer als wind_anteil_2024

  @expect_pass @cls_unit
  Szenario: Die Bundesnetzagentur-Meldung nennt für 2024 mehr Windstrom als Destatis
    # why: 002 "mit insgesamt 137 Terawattstunden" gegen 004 "mit 136 Milliarden Kilowattstunden" = [135,5; 136,5] Milliarden kWh; 1 TWh = 1 Milliarde kWh, also 137 > 136,5 — wahr.
    Dann ist wind_erzeugung_2024_twh größer als wind_erzeugung_2024_kwh

  @expect_pass @cls_derived
  Szenario: Nach dem Umweltbundesamt lag die Ökostromerzeugung 2024 über der SMARD-Zahl
    # why: 005 "etwa 285 Terawattstunden" (Bruttoerzeugung) gegen 000 "254,9 TWh": [284,5; 285,5] − [254,85; 254,95] > 0.
    Dann ist ee_bruttoerzeugung_2024_twh größer als ee_erzeugung_2024_twh

  @expect_pass @cls_control
  Szenario: Der Großhandelsstrompreis fiel 2024 um 17,5 Prozent
    # why: 000 "Der durchschnittliche Großhandelsstrompreis fiel um 17,5 Prozent".
    Dann beträgt grosshandelspreis_rueckgang_2024_prozent 17,5 %

  @expect_pass @cls_derived
  Szenario: Strom war im Großhandel 2024 je Megawattstunde teurer als Gas im Day-Ahead-Handel
    # why: 000 "auf 78,51 €/MWh" (Strom) gegen "bei 34,80 EUR/MWh" (Gas): Differenz > 0.
    Dann ist grosshandelspreis_2024 größer als gaspreis_day_ahead_2024

  @expect_fail @cls_derived
  Szenario: Der Großhandelsstrompreis lag 2024 mehr als dreimal so hoch wie der Day-Ahead-Gaspreis
    # why: 000: 78,51 / 34,80 ≈ 2,26 — weniger als dreimal; widerspricht (3; ∞).
    Dann ist grosshandelspreis_2024 mehr als dreimal so groß wie gaspreis_day_ahead_2024
