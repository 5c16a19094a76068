# language: de
Funktionalität: Stromerzeugung und Ökostromanteil 2024
  Wie viel Strom Deutschland 2024 erzeugte und welcher Anteil aus erneuerbaren Energien kam,
  nach SMARD/Bundesnetzagentur (000, 001, 002), Destatis (003, 004) und Umweltbundesamt (005).
  Jede Erwartung wurde aus den Quellen und DESIGN.md geschrieben, bevor das Werkzeug lief.

  @expect_pass @cls_control
  Szenario: Deutschland erzeugte 2024 laut SMARD-Daten 431,7 TWh Strom
    # why: 000 "Insgesamt wurden im abgelaufenen Jahr 431,7 TWh Strom erzeugt*." und 001 "um 4,2 Prozent auf insgesamt 431,7 Terawattstunden" = [431,65; 431,75] TWh, zwei Quellen.
    Dann beträgt erzeugung_2024_twh 431,7 TWh
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_control
  Szenario: Deutschland erzeugte 2024 etwa 431,5 Milliarden Kilowattstunden Strom
    # why: 003 "Im Jahr 2024 wurden in Deutschland 431,5 Milliarden Kilowattstunden Strom erzeugt" = [431,45; 431,55] Mrd. kWh; "etwa" erlaubt höchstens die halbe letzte Stelle, also dasselbe Intervall.
    Dann beträgt erzeugung_2024_kwh etwa 431,5 Milliarden Kilowattstunden

  @expect_pass @cls_derived
  Szenario: Die Stromerzeugung sank 2024 gegenüber 2023 um etwa 4,2 Prozent
    # why: 000 "431,7 TWh Strom erzeugt" und "Rückgang von 4,2 Prozent gegenüber dem Vorjahr (450,5 TWh)": (431,7 − 450,5)/450,5 liegt in [−4,195; −4,151] %, innerhalb von −[4,15; 4,25] %. 001 (nur 2024) wird mit 000s Vorjahreswert ergänzt; Destatis (003, 004) hat keine TWh-Werte.
    Dann sank erzeugung_2024_twh um etwa 4,2 % gegenüber erzeugung_2023_twh

  @expect_pass @cls_derived
  Szenario: Die Stromerzeugung war 2024 geringer als 2023
    # why: 000 "431,7 TWh" (2024) gegen "(450,5 TWh)" (Vorjahr): Differenz negativ.
    Dann ist erzeugung_2024_twh kleiner als erzeugung_2023_twh

  @expect_fail @cls_derived
  Szenario: Die Stromerzeugung stieg 2024 gegenüber 2023
    # why: 000 "431,7 TWh" gegen "(450,5 TWh)" — die Erzeugung fiel; 000 widerspricht.
    Dann ist erzeugung_2024_twh größer als erzeugung_2023_twh

  @expect_fail @cls_conflict
  Szenario: Die Stromerzeugung sank 2024 um 3,6 Prozent
    # why: 003 "3,6 Prozent weniger als im Jahr 2023" und 004 "um 3,6 Prozent" stützen, aber 000 "um 4,2 Prozent zurückging" und 001 "um 4,2 Prozent" = [4,15; 4,25] widersprechen; ohne @disputed scheitert die Aussage.
    Dann beträgt erzeugung_rueckgang_2024_prozent 3,6 %
    Und mindestens 2 Quellen stützen sie

  @expect_pass @cls_control
  Szenario: Der Stromverbrauch stieg 2024 um weniger als 1 Prozent
    # why: 000 "lag der Stromverbrauch (die Netzlast) in Deutschland um 0,9 Prozent höher" = [0,85; 0,95] ⊆ (−∞; 1).
    Dann beträgt netzlast_anstieg_2024_prozent weniger als 1 %

  @expect_pass @cls_control
  Szenario: Erneuerbare lieferten 2024 etwa 59 Prozent des erzeugten Stroms
    # why: "etwa 59" = [58,5; 59,5]; 000 "59,0 Prozent" / "59 Prozent", 001 "59 Prozent", 002 "59 Prozent", 003 und 004 "59,4 Prozent" liegen alle darin.
    Dann beträgt ee_anteil_erzeugung_2024 etwa 59 %
    Und mindestens 3 Quellen stützen sie

  @expect_pass @cls_disputed @disputed
  Szenario: Der Ökostromanteil an der Erzeugung lag 2024 bei 59,4 Prozent
    # why: 003 "Mit einem Anteil von 59,4 Prozent" und 004 "mit 59,4 Prozent" stützen; 000 "59,0 Prozent" und "59 Prozent" (= genau 59) widersprechen; die Beschreibung nennt beide Seiten.
    Destatis (003, 004) gibt 59,4 Prozent an, während die Bundesnetzagentur in 000 für dieselbe
    Größe 59,0 Prozent meldet: zwei Statistiken, die sich widersprechen.

    Dann beträgt ee_anteil_erzeugung_2024 59,4 %

  @expect_fail @cls_conflict
  Szenario: Der Ökostromanteil an der Erzeugung lag 2024 ohne Widerspruch bei 59,4 Prozent
    # why: wie oben, aber ohne @disputed: 000 "59,0 Prozent", 001 und 002 "59 Prozent" widersprechen [59,35; 59,45].
    Dann beträgt ee_anteil_erzeugung_2024 59,4 %

  @expect_fail @cls_conflict
  Szenario: Der Ökostromanteil an der Erzeugung lag 2024 bei 59 Prozent
    # why: eine ganze Zahl ist genau (DESIGN); 003 "59,4 Prozent" und 004 "mit 59,4 Prozent" = [59,35; 59,45] schließen genau 59 aus und widersprechen, obwohl 000/001/002 stützen.
    Dann beträgt ee_anteil_erzeugung_2024 59 %

  @expect_pass @cls_points
  Szenario: Der Ökostromanteil an der Erzeugung stieg 2024 gegenüber 2023 um 3 bis 4 Prozentpunkte
    # why: 001 "59 Prozent … Vorjahreswert von 56 Prozent" = genau 3 Punkte (stützt), 002 ebenso; 003 "59,4 Prozent" gegen "56,0 Prozent" = [3,3; 3,5] (stützt); 000 "59,0" gegen "56,0" = [2,95; 3,05] nur verträglich. Niemand widerspricht.
    Dann stieg ee_anteil_erzeugung_2024 um 3 bis 4 Prozentpunkte gegenüber ee_anteil_erzeugung_2023

  @expect_fail @cls_points
  Szenario: Der Ökostromanteil an der Erzeugung stieg 2024 gegenüber 2023 um gut 3,5 Prozentpunkte
    # why: "gut 3,5" = (3,5; 3,55]; 003 "59,4" − "56,0" = [3,3; 3,5] berührt 3,5 nur offen — Widerspruch; 000 [2,95; 3,05] und 001 genau 3 widersprechen ebenso.
    Dann stieg ee_anteil_erzeugung_2024 um gut 3,5 Prozentpunkte gegenüber ee_anteil_erzeugung_2023

  @expect_fail @cls_unit
  Szenario: Der Ökostromanteil an der Erzeugung stieg 2024 gegenüber 2023 um 3 Prozent
    # why: Prozent statt Prozentpunkte: relativ ist 59/56 − 1 ≈ 5,4 % (001 "59 Prozent … 56 Prozent"), 003 59,4/56,0 − 1 ≈ 6,1 % — nicht 3 %.
    Dann stieg ee_anteil_erzeugung_2024 um 3 % gegenüber ee_anteil_erzeugung_2023

  @expect_pass @cls_unit
  Szenario: Der Ökostromanteil an der Erzeugung stieg 2024 gegenüber 2023 um mehr als 5 Prozent
    # why: relativ: 000 59/[55,95; 56,05] − 1 = [5,26; 5,45] %; 001/002 59/56 − 1 ≈ 5,36 %; 003 [59,35; 59,45]/[55,95; 56,05] − 1 = [5,89; 6,26] % — alle über 5 %.
    Dann stieg ee_anteil_erzeugung_2024 um mehr als 5 % gegenüber ee_anteil_erzeugung_2023

  @expect_pass @cls_control
  Szenario: Laut Bundesnetzagentur lieferten Erneuerbare 2024 254,9 TWh
    # why: 000 "entfielen 254,9 TWh oder 59,0 Prozent auf erneuerbare Energieträger".
    Dann beträgt ee_erzeugung_2024_twh 254,9 TWh
    Und Quelle 000 stützt sie

  @expect_fail @cls_attribution
  Szenario: Laut Bundesnetzagentur lieferten Erneuerbare 2024 etwa 285 TWh
    # why: 285 TWh ist die Bruttoerzeugung des Umweltbundesamts (005 "etwa 285 Terawattstunden"); die Bundesnetzagentur (000) nennt "254,9 TWh" — widerspricht [284,5; 285,5].
    Dann beträgt ee_erzeugung_2024_twh etwa 285 TWh

  @expect_pass @cls_to_by
  Szenario: Die Ökostromerzeugung stieg 2024 von 250,7 auf 256,4 Milliarden Kilowattstunden
    # why: 004 "gegenüber dem Vorjahr von 250,7 auf 256,4 Milliarden Kilowattstunden"; 003 "auf 256,4 Milliarden Kilowattstunden" (ergänzt mit 004s 250,7).
    Dann stieg ee_erzeugung_2024_kwh auf 256,4 Milliarden Kilowattstunden gegenüber ee_erzeugung_2023_kwh
    Und beträgt ee_erzeugung_2023_kwh 250,7 Milliarden Kilowattstunden

  @expect_fail @cls_to_by
  Szenario: Die Ökostromerzeugung stieg 2024 um 256,4 Milliarden Kilowattstunden
    # why: 004 "von 250,7 auf 256,4 Milliarden Kilowattstunden" — 256,4 ist der erreichte Wert, der Zuwachs beträgt rund 5,7 Milliarden.
    Dann stieg ee_erzeugung_2024_kwh um 256,4 Milliarden Kilowattstunden gegenüber ee_erzeugung_2023_kwh

  @expect_pass @cls_derived
  Szenario: Die Ökostromerzeugung stieg 2024 um etwa 2,3 Prozent
    # why: 003 "um 2,3 Prozent auf 256,4 Milliarden Kilowattstunden" = [2,25; 2,35]; 004 errechnet 256,4/250,7 − 1 = [2,23; 2,31] % — verträglich, kein Widerspruch.
    Dann beträgt ee_erzeugung_anstieg_2024_prozent etwa 2,3 %

  @expect_fail @cls_qualifier
  Szenario: Die Ökostromerzeugung stieg 2024 um gut 2,3 Prozent
    # why: "gut 2,3" = (2,3; 2,35]; 003 "um 2,3 Prozent" = [2,25; 2,35] und 004 [2,23; 2,31] sind nur verträglich — keine Quelle stützt.
    Dann beträgt ee_erzeugung_anstieg_2024_prozent gut 2,3 %

  @expect_pass @cls_control
  Szenario: Das Umweltbundesamt erwartete für 2024 etwa 285 TWh Ökostrom, gut vier Prozent mehr als im Vorjahr
    # why: 005 "mit voraussichtlich etwa 285 Terawattstunden gut vier Prozent über dem Wert von 2023" = [284,5; 285,5] und (4; 4,4].
    Dann beträgt ee_bruttoerzeugung_2024_twh etwa 285 TWh
    Und beträgt ee_bruttoerzeugung_anstieg_2024_prozent gut 4 %

  @expect_fail @cls_qualifier
  Szenario: Die Ökostromerzeugung erreichte 2024 genau 285 TWh
    # why: 005 "etwa 285 Terawattstunden" = [284,5; 285,5] stützt keine genaue 285 — nur verträglich.
    Dann beträgt ee_bruttoerzeugung_2024_twh 285 TWh
