# language: de
Funktionalität: Kohle, Gas, Stromhandel und Großhandelspreise 2024
  Konventionelle Erzeugung, Importe und Preise nach SMARD/Bundesnetzagentur (000, 001, 002) und
  Destatis (003, 004). Erwartungen vor dem Lauf geschrieben.

  @expect_pass @cls_control
  Szenario: Kohle hatte 2024 einen Anteil von 22,5 Prozent an der Stromproduktion
    # why: 004 "ist 2024 auf einen neuen Tiefststand von 22,5 Prozent gesunken".
    Dann beträgt kohle_anteil_2024 22,5 %

  @expect_pass @cls_negation
  Szenario: Der Kohleanteil lag 2024 nicht bei 25 Prozent
    # why: 004 "Tiefststand von 22,5 Prozent" = [22,45; 22,55] liegt außerhalb von genau 25.
    Dann beträgt kohle_anteil_2024 nicht 25 %

  @expect_fail @cls_negation
  Szenario: Der Kohleanteil lag 2024 nicht bei 22,5 Prozent
    # why: 004 "Tiefststand von 22,5 Prozent" — genau das, was die Aussage verneint.
    Dann beträgt kohle_anteil_2024 nicht 22,5 %

  @expect_pass @cls_sum
  Szenario: Braun- und Steinkohle kamen 2024 zusammen auf knapp 23 Prozent der Erzeugung
    # why: 001 "Braunkohle mit einem Anteil von 16,4 Prozent" + "Steinkohle mit 6,3 Prozent" = [22,6; 22,8] ⊆ [22,5; 23).
    Dann betragen braunkohle_anteil_2024 und steinkohle_anteil_2024 zusammen knapp 23 %

  @expect_fail @cls_sum
  Szenario: Braun- und Steinkohle kamen 2024 zusammen auf 22,5 Prozent der Erzeugung
    # why: 22,5 Prozent ist Destatis' Kohleanteil (004); nach 001 sind es 16,4 + 6,3 = [22,6; 22,8] — widerspricht [22,45; 22,55].
    Dann betragen braunkohle_anteil_2024 und steinkohle_anteil_2024 zusammen 22,5 %

  @expect_fail @cls_derived
  Szenario: Braunkohle hatte 2024 einen größeren Anteil an der Stromerzeugung als die Windkraft
    # why: 001 "Braunkohle mit einem Anteil von 16,4 Prozent" gegen "Windkraft, die allein 31,9 Prozent" — widerspricht.
    Dann ist braunkohle_anteil_2024 größer als wind_anteil_2024

  @expect_pass @cls_control
  Szenario: Die Kohleverstromung ging 2024 um 18,5 Milliarden Kilowattstunden zurück
    # why: 004 "ging im Jahr 2024 laut Statistischem Bundesamt um 18,5 Milliarden Kilowattstunden zurück".
    Dann beträgt kohle_rueckgang_2024_kwh 18,5 Milliarden Kilowattstunden

  @expect_pass @cls_control
  Szenario: Braunkohlestrom ging 2024 um 8,8 Prozent auf 71,0 TWh zurück
    # why: 000 "Braunkohle ging um 8,8 Prozent auf 71,0 TWh zurück".
    Dann beträgt braunkohle_rueckgang_2024_prozent 8,8 %
    Und beträgt braunkohle_2024_twh 71,0 TWh

  @expect_pass @cls_qualifier
  Szenario: Steinkohlestrom ging 2024 um rund 31 Prozent zurück
    # why: 000 "Steinkohle fiel um 31,2 Prozent" = [31,15; 31,25] und 002 "Bei der Steinkohle waren es 31 Prozent" = 31 liegen beide in [30,5; 31,5].
    Dann beträgt steinkohle_rueckgang_2024_prozent rund 31 %
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_derived
  Szenario: Erdgas hatte 2024 einen größeren Anteil an der Stromerzeugung als Steinkohle
    # why: 001 "Erdgas mit 13,2 Prozent und Steinkohle mit 6,3 Prozent"; 000 "13,2 Prozent an der Gesamterzeugung" (ergänzt mit 001s 6,3).
    Dann ist erdgas_anteil_2024 größer als steinkohle_anteil_2024

  @expect_pass @cls_control
  Szenario: Erdgasstrom stieg 2024 um 8,6 Prozent auf 56,9 TWh
    # why: 000 "Die Erzeugung aus Erdgas stieg hingegen um 8,6 Prozent auf 56,9 TWh".
    Dann beträgt erdgas_anstieg_2024_prozent 8,6 %
    Und beträgt erdgas_2024_twh 56,9 TWh

  @expect_pass @cls_qualifier
  Szenario: Konventionelle Kraftwerke erzeugten 2024 rund 11 Prozent weniger Strom
    # why: "rund 11" = [10,5; 11,5]; 000 "Rückgang von 10,9 Prozent" = [10,85; 10,95] und 003 "um 11,0 Prozent" = [10,95; 11,05] — zwei Quellen stützen.
    Dann beträgt konventionell_rueckgang_2024_prozent rund 11 %
    Und mindestens 2 Quellen stützen sie

  @expect_fail @cls_bound
  Szenario: Konventionelle Kraftwerke erzeugten 2024 mehr als 11 Prozent weniger Strom
    # why: 000 "Rückgang von 10,9 Prozent" = [10,85; 10,95] widerspricht (11; ∞); 003 "11,0 Prozent" nur verträglich.
    Dann beträgt konventionell_rueckgang_2024_prozent mehr als 11 %

  @expect_pass @cls_derived
  Szenario: Der Importüberschuss hat sich 2024 gegenüber 2023 fast verdreifacht
    # why: 004 "Rekordwert von 26,3 Milliarden Kilowattstunden, nachdem er 2023 noch bei 9,2 Milliarden Kilowattstunden": [26,25; 26,35]/[9,15; 9,25] = [2,84; 2,88] ⊆ "fast dreimal" = [2,7; 3).
    Dann ist importueberschuss_2024_kwh fast dreimal so groß wie importueberschuss_2023_kwh

  @expect_fail @cls_derived
  Szenario: Der Importüberschuss hat sich 2024 gegenüber 2023 mehr als verdreifacht
    # why: 004 26,3 / 9,2 ≈ 2,86 — weniger als dreimal; widerspricht (3; ∞).
    Dann ist importueberschuss_2024_kwh mehr als dreimal so groß wie importueberschuss_2023_kwh

  @expect_pass @cls_statement
  Szenario: Deutschland war 2024 Nettoimporteur von Strom
    # why: 000 "Im kommerziellen Außenhandel war Deutschland Nettoimporteur."
    Dann trifft nettoimporteur_2024 zu

  @expect_fail @cls_statement
  Szenario: Deutschland war 2024 kein Nettoimporteur von Strom
    # why: 000 "Im kommerziellen Außenhandel war Deutschland Nettoimporteur." widerspricht.
    Dann trifft nettoimporteur_2024 nicht zu

  @expect_fail @cls_attribution
  Szenario: Laut Destatis-Meldung 003 war Deutschland 2024 Nettoimporteur von Strom
    # why: 003 sagt nichts über den Außenhandel (nur Erzeugung, Photovoltaik, Wasserkraft); "Quelle 003 stützt sie" verlangt 003s eigene Aussage.
    Dann trifft nettoimporteur_2024 zu
    Und Quelle 003 stützt sie

  @expect_pass @cls_control
  Szenario: Der Großhandelsstrompreis fiel 2024 um 17,5 Prozent auf 78,51 €/MWh
    # why: 000 "Der durchschnittliche Großhandelsstrompreis fiel um 17,5 Prozent auf 78,51 €/MWh."
    Dann beträgt grosshandelspreis_rueckgang_2024_prozent 17,5 %
    Und beträgt grosshandelspreis_2024 78,51 €/MWh

  @expect_fail @cls_unit
  Szenario: Der Großhandelsstrompreis fiel 2024 um 17,5 Prozentpunkte
    # why: 000 "fiel um 17,5 Prozent" — ein Preis fällt in Prozent, nicht in Prozentpunkten; Prozent und Prozentpunkte sind nicht vergleichbar.
    Dann beträgt grosshandelspreis_rueckgang_2024_prozent 17,5 Prozentpunkte

  @expect_pass @cls_derived
  Szenario: Gas war im Day-Ahead-Großhandel 2024 billiger als 2023
    # why: 000 "lagen bei 34,80 EUR/MWh, leicht unter dem Vorjahreswert von 41,00 EUR/MWh".
    Dann ist gaspreis_day_ahead_2024 kleiner als gaspreis_day_ahead_2023

  @expect_pass @cls_derived
  Szenario: Der Day-Ahead-Gaspreis sank 2024 gegenüber 2023 um etwa 15 Prozent
    # why: 000 "34,80 EUR/MWh" gegen "41,00 EUR/MWh": [34,795; 34,805]/[40,995; 41,005] − 1 = [−15,14; −15,10] % ⊆ −[14,5; 15,5] %.
    Dann sank gaspreis_day_ahead_2024 um etwa 15 % gegenüber gaspreis_day_ahead_2023

  @expect_fail @cls_derived
  Szenario: Der Day-Ahead-Gaspreis sank 2024 gegenüber 2023 um mehr als 20 Prozent
    # why: 000: 34,80/41,00 − 1 ≈ −15,1 % — weniger als 20 % Rückgang; widerspricht.
    Dann sank gaspreis_day_ahead_2024 um mehr als 20 % gegenüber gaspreis_day_ahead_2023
