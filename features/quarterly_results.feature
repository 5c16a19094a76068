# language: de
Funktionalität: Quartalszahlen
  Umsatz, Gewinn und KI-Erlöse im zweiten Quartal 2024.

  Szenario: Meta setzte im zweiten Quartal 2024 rund 39 Milliarden Dollar um
    Dann beträgt revenue_q2_2024 etwa 39 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  Szenario: Meta verdiente im zweiten Quartal 2024 netto 13,5 Milliarden Dollar
    Dann beträgt net_income_q2_2024 13,5 Milliarden Dollar
    Und mindestens 2 Quellen stützen sie

  Szenario: Der Umsatz wuchs gegenüber dem Vorjahresquartal um sieben Milliarden Dollar
    Dann beträgt revenue_increase_q2_2024_yoy sieben Milliarden Dollar

  Szenario: Der Nettogewinn wuchs gegenüber dem Vorjahresquartal um 5,7 Milliarden Dollar
    Dann beträgt net_income_increase_q2_2024_yoy 5,7 Milliarden Dollar

  @false
  Szenario: Der Gewinn wuchs langsamer als der Umsatz
    Gesagt als Wachstumsraten, wie ein Leser es versteht: nach 001 wuchs der Nettogewinn
    um 5,7 auf 13,5 Milliarden Dollar (rund 73 Prozent), der Umsatz um sieben auf 39
    Milliarden Dollar (rund 22 Prozent). Der Gewinn wuchs also schneller; kleiner war nur
    der absolute Zuwachs.

    Dann wuchs net_income_q2_2024 gegenüber net_income_q2_2023 langsamer als revenue_q2_2024 gegenüber revenue_q2_2023

  Szenario: Der Gewinn wuchs im zweiten Quartal 2024 stärker als der Umsatz
    Dann wuchs net_income_q2_2024 gegenüber net_income_q2_2023 schneller als revenue_q2_2024 gegenüber revenue_q2_2023

  Szenario: Der Nettogewinn ist kleiner als der Umsatz
    Dann ist net_income_q2_2024 kleiner als revenue_q2_2024
    Und mindestens 2 Quellen stützen sie

  Szenario: Meta erwartet 2024 keine nennenswerten Erlöse aus generativer KI
    Dann trifft no_significant_genai_revenue_2024 zu
    Und mindestens 2 Quellen stützen sie
    Und keine Quelle widerspricht ihr
