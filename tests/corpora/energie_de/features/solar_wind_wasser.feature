# language: de
Funktionalität: Photovoltaik, Windkraft und Wasserkraft 2024
  SMARD/Bundesnetzagentur in TWh (000, 001, 002), Destatis in Milliarden Kilowattstunden (003,
  004). Erwartungen vor dem Lauf geschrieben.

  @expect_pass @cls_control
  Szenario: Solaranlagen speisten 2023 etwa 56 TWh ein
    # why: 000 "Wurden im Vorjahr noch 55,7 TWh aus Solarenergie eingespeist" = [55,65; 55,75] und 002 "2023 waren es 56 Terawattstunden" = 56 liegen beide in [55,5; 56,5].
    Dann beträgt pv_erzeugung_2023_twh etwa 56 TWh

  @expect_fail @cls_rounding
  Szenario: Solaranlagen speisten 2023 55,7 TWh ein
    # why: 000 "55,7 TWh" stützt; 002 "2023 waren es 56 Terawattstunden" ist eine ganze Zahl und nach DESIGN genau 56, das [55,65; 55,75] ausschließt — 002 widerspricht. (Ein Leser sähe in 56 die gerundete 55,7; die Regel "ganze Zahl = genau" entscheidet hier.)
    Dann beträgt pv_erzeugung_2023_twh 55,7 TWh

  @expect_pass @cls_derived
  Szenario: Die Solareinspeisung stieg 2024 gegenüber 2023 um 13 bis 14 Prozent
    # why: 000 "im Vorjahr noch 55,7 TWh … waren es 2024 insgesamt 63,3 TWh": [63,25; 63,35]/[55,65; 55,75] − 1 = [13,45; 13,84] % ⊆ [13; 14]. 002s "56 Terawattstunden" mit 000s 63,3 ergibt [12,95; 13,13] % — verträglich, kein Widerspruch.
    Dann stieg pv_erzeugung_2024_twh um 13 bis 14 % gegenüber pv_erzeugung_2023_twh

  @expect_fail @cls_unit
  Szenario: Die Solareinspeisung stieg 2024 gegenüber 2023 um 7,6 Prozent
    # why: 63,3 − 55,7 = 7,6 TWh ist der absolute Zuwachs (000); relativ sind es [13,45; 13,84] % — widerspricht 7,6 %.
    Dann stieg pv_erzeugung_2024_twh um 7,6 % gegenüber pv_erzeugung_2023_twh

  @expect_pass @cls_attribution
  Szenario: Laut 002 speisten Solaranlagen 2024 63,3 TWh ein
    # why: 002 "Demnach speisten Solaranlagen im vergangenen Jahr 63,3" / nächste Zeile "Terawattstunden ins Netz ein" — 63,3 TWh; 000 "insgesamt 63,3 TWh" ebenso.
    Dann beträgt pv_erzeugung_2024_twh 63,3 TWh
    Und Quelle 002 stützt sie

  @expect_pass @cls_control
  Szenario: Photovoltaik lieferte 2024 laut Destatis 59,5 Milliarden Kilowattstunden
    # why: 003 "deutlich um 10,4 Prozent auf 59,5 Milliarden Kilowattstunden" = [59,45; 59,55] Mrd. kWh.
    Dann beträgt pv_erzeugung_2024_kwh 59,5 Milliarden Kilowattstunden
    Und Quelle 003 stützt sie

  @expect_pass @cls_attribution
  Szenario: Laut taz lieferte die Photovoltaik 2024 59,5 Milliarden Kilowattstunden
    # why: 004 "stand die Windkraft mit 136 Milliarden Kilowattstunden aber noch deutlich vor der Photovoltaik mit 59,5 Milliarden" — Milliarden Kilowattstunden, die Einheit aus dem Satz davor.
    Dann beträgt pv_erzeugung_2024_kwh 59,5 Milliarden Kilowattstunden
    Und Quelle 004 stützt sie

  @expect_fail @cls_scale
  Szenario: Photovoltaik lieferte 2024 59,5 Millionen Kilowattstunden
    # why: 003 "59,5 Milliarden Kilowattstunden" — Milliarden, nicht Millionen.
    Dann beträgt pv_erzeugung_2024_kwh 59,5 Millionen Kilowattstunden

  @expect_fail @cls_title
  Szenario: Photovoltaik lieferte 2024 60 Milliarden Kilowattstunden
    # why: der Schritt sagt 003s "59,5 Milliarden Kilowattstunden", der Titel rundet auf 60 Milliarden — die Zahl des Titels beweist kein Schritt.
    Dann beträgt pv_erzeugung_2024_kwh etwa 59,5 Milliarden Kilowattstunden

  @expect_pass @cls_disputed @disputed
  Szenario: Photovoltaik trug 2024 13,8 Prozent zur Stromerzeugung bei
    # why: 003 "Dies entspricht 13,8 Prozent der gesamten inländischen Stromerzeugung" stützt; 001 "ihr Anteil beträgt nun 14,7 Prozent" widerspricht; die Beschreibung nennt beide.
    Destatis (003) nennt 13,8 Prozent, die Bundesnetzagentur-Meldung in 001 dagegen 14,7 Prozent
    für den Solaranteil an der Erzeugung.

    Dann beträgt pv_anteil_2024 13,8 %

  @expect_fail @cls_conflict
  Szenario: Photovoltaik trug 2024 etwa 14 Prozent zur Stromerzeugung bei
    # why: "etwa 14" = [13,5; 14,5]: 003 "13,8 Prozent" stützt, 001 "14,7 Prozent" = [14,65; 14,75] widerspricht.
    Dann beträgt pv_anteil_2024 etwa 14 %

  @expect_pass @cls_qualifier
  Szenario: Die Windkraft trug 2024 knapp 32 Prozent zur Stromproduktion bei
    # why: 001 "die allein 31,9 Prozent zur Stromproduktion beitrug" = [31,85; 31,95] ⊆ [31,5; 32).
    Dann beträgt wind_anteil_2024 knapp 32 %

  @expect_fail @cls_qualifier
  Szenario: Die Windkraft trug 2024 gut 32 Prozent zur Stromproduktion bei
    # why: 001 "31,9 Prozent" liegt unter 32; "gut 32" = (32; 32,5] widerspricht.
    Dann beträgt wind_anteil_2024 gut 32 %

  @expect_pass @cls_control
  Szenario: Wind an Land lieferte 2024 111,9 TWh, 5,8 Prozent weniger als im Vorjahr
    # why: 000 "ging die Einspeisung von Wind Onshore um 5,8 Prozent auf 111,9 TWh zurück".
    Dann beträgt wind_onshore_2024_twh 111,9 TWh
    Und beträgt wind_onshore_rueckgang_2024_prozent 5,8 %

  @expect_fail @cls_time
  Szenario: Wind an Land lieferte 2023 111,9 TWh
    # why: 000 gibt 111,9 TWh für 2024 ("Da 2024 … auf 111,9 TWh zurück"); der Titel nennt 2023, die Tatsache ist über 2024.
    Dann beträgt wind_onshore_2024_twh 111,9 TWh

  @expect_pass @cls_derived
  Szenario: Wind an Land lieferte 2024 fast doppelt so viel Strom wie Erdgas
    # why: 000 "111,9 TWh" (Wind Onshore) und "auf 56,9 TWh" (Erdgas): [111,85; 111,95]/[56,85; 56,95] = [1,964; 1,969] ⊆ "fast zweimal" = [1,8; 2).
    Dann ist wind_onshore_2024_twh fast zweimal so groß wie erdgas_2024_twh

  @expect_fail @cls_derived
  Szenario: Wind an Land lieferte 2024 mehr als doppelt so viel Strom wie Erdgas
    # why: 000: 111,9/56,9 ≈ 1,97 — weniger als zweimal; widerspricht (2; ∞).
    Dann ist wind_onshore_2024_twh mehr als zweimal so groß wie erdgas_2024_twh

  @expect_pass @cls_control
  Szenario: Die Windkraft erzeugte 2024 laut Destatis 136 Milliarden Kilowattstunden
    # why: 004 "stand die Windkraft mit 136 Milliarden Kilowattstunden" = [135,5; 136,5] Mrd. kWh (Skalenwort: halbe letzte Stelle).
    Dann beträgt wind_erzeugung_2024_kwh 136 Milliarden Kilowattstunden

  @expect_fail @cls_tags @disputed
  Szenario: Die Windkraft erzeugte 2024 136 Milliarden Kilowattstunden, umstritten
    # why: @disputed ohne Widerspruch: 004 "136 Milliarden Kilowattstunden" ist die einzige Quelle in kWh, keine widerspricht — der Tag scheitert.
    Die Zahl sei umstritten, weil 002 von 137 Terawattstunden spricht; 004 stützt sie.

    Dann beträgt wind_erzeugung_2024_kwh 136 Milliarden Kilowattstunden

  @expect_fail @cls_attribution
  Szenario: Laut Bundesnetzagentur erzeugte die Windkraft 2024 136 TWh
    # why: 136 ist die Destatis-Zahl (004, in Milliarden kWh); die Bundesnetzagentur-Meldung 002 sagt "mit insgesamt 137 Terawattstunden" = genau 137 — widerspricht genau 136.
    Dann beträgt wind_erzeugung_2024_twh 136 TWh

  @expect_pass @cls_control
  Szenario: Die Windkraft erzeugte 2024 etwa 137 TWh
    # why: 002 "mit insgesamt 137 Terawattstunden" ⊆ [136,5; 137,5].
    Dann beträgt wind_erzeugung_2024_twh etwa 137 TWh
    Und Quelle 002 stützt sie

  @expect_pass @cls_control
  Szenario: Die Windkraft erzeugte 2024 1,4 Prozent weniger Strom als im Vorjahr
    # why: 004 "erzeugte trotz des Zubaus weiterer Anlagen 1,4 Prozent weniger Strom als im Vorjahr".
    Dann beträgt wind_rueckgang_2024_prozent 1,4 %

  @expect_fail @cls_scale
  Szenario: Die Windkraft erzeugte 2024 14 Prozent weniger Strom als im Vorjahr
    # why: 004 "1,4 Prozent weniger" — Komma verrutscht.
    Dann beträgt wind_rueckgang_2024_prozent 14 %

  @expect_pass @cls_statement
  Szenario: Die Windkraft hatte 2024 den größten Anteil an der Stromerzeugung
    # why: 002 "Den höchsten Anteil machten allerdings Windkraftanlagen an Land"; 000 "Wind Onshore machte mit 25,9 Prozent den größten Anteil der einzelnen Energieträger aus."
    Dann trifft wind_groesster_anteil_2024 zu
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_control
  Szenario: Wasserkraft lieferte 2024 20,4 Milliarden Kilowattstunden, 10,3 Prozent mehr als im Vorjahr
    # why: 003 "stieg 2024 ebenfalls deutlich um 10,3 Prozent auf 20,4 Milliarden Kilowattstunden".
    Dann beträgt wasserkraft_2024_kwh 20,4 Milliarden Kilowattstunden
    Und beträgt wasserkraft_anstieg_2024_prozent 10,3 %

  @expect_fail @cls_derived
  Szenario: Wasserkraft lieferte 2024 mehr Strom als die Photovoltaik
    # why: 003 "20,4 Milliarden Kilowattstunden" (Wasserkraft) gegen "59,5 Milliarden Kilowattstunden" (Photovoltaik) — widerspricht.
    Dann ist wasserkraft_2024_kwh größer als pv_erzeugung_2024_kwh
