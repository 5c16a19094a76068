Feature: Battery-electric car registrations and the electric-car stock in Germany
  Claims written from the seeds in seeds/ and facts.yaml alone, each with the outcome expected
  before factspec was run (@expect_pass / @expect_fail), the kind of slip it tests
  (@cls_...), and under it the deciding source(s) and their words. Intervals follow
  docs/VERDICTS.md.

  # ------------------------------------------------------------- 2024 registrations

  @expect_pass @cls_control
  Scenario: About 380,600 battery-electric cars were newly registered in Germany in 2024
    # why: 000 "rund 380.600 E-Fahrzeuge", 001 "rund 380.600 reine Elektro-PKW" = [380550, 380650]; 002 "380,609 EVs" inside; three sources in two languages.
    Then bev_registrations_2024 is about 380,600 cars
    And at least 3 sources support it

  @expect_fail @cls_qualifier
  Scenario: Fewer than 380,000 battery-electric cars were newly registered in Germany in 2024
    # why: 002 "380,609 EVs", 000/001 "rund 380.600" — all above 380,000.
    Then bev_registrations_2024 is less than 380,000 cars

  @expect_pass @cls_completion
  Scenario: Battery-electric registrations fell by about 27.4 % in 2024
    # why: 002 "380,609 EVs" against 005's 2023 "524,219 new battery electric vehicles" = a fall of 27.39 %, inside about 27.4 = [27.35, 27.45]; 000's "rund 380.600" gives 27.39-27.41 %; completed across sources.
    Then bev_registrations_2024 fell by about 27.4 % from bev_registrations_2023

  @expect_pass @cls_control
  Scenario: The decline of battery-electric registrations in 2024 was about 27.4 percent
    # why: 002 "fell by 27.4%" = [27.35, 27.45] supports; 000 "fast 27,5 Prozent" = [27.45, 27.5) touches the claim only at 27.45: compatible, not a refutation.
    Then bev_registrations_2024_decline is about 27.4 %

  @expect_fail @cls_qualifier
  Scenario: Battery-electric registrations fell by more than 27.5 percent in 2024
    # why: 000 says "fast 27,5 Prozent" (nearly, below 27.5) and 002 "27.4%": neither allows more than 27.5.
    Then bev_registrations_2024_decline is more than 27.5 %

  @expect_fail @cls_round
  Scenario: Battery-electric registrations fell by about 28 percent in 2024
    # why: about 28 = [27.5, 28.5]; 000 "fast 27,5 Prozent" = [27.45, 27.5) and 002 "27.4%" both lie below it.
    Then bev_registrations_2024_decline is about 28 %

  @expect_fail @cls_control
  Scenario: 524,219 battery-electric cars were newly registered in Germany in 2023
    # why: 005 "A total of 524,219 new battery electric vehicles hit the roads."
    # corrected after the run: DESIGN v2 reads a plain integer as exact, so dpa's "524 000" (003) and "524,000" (004) refute the KBA's 524,219; the corpus records the rounding as a conflict between sources
    Then bev_registrations_2023 is 524,219 cars

  @expect_pass @cls_derived
  Scenario: Battery-electric registrations grew more slowly in 2023 than in 2022
    # why: 005 "an increase of 11.4 percent" (2023) against "had risen by 30 percent" (Last year = 2022).
    Then bev_registrations_2023_growth is less than bev_registrations_2022_growth

  # ------------------------------------------------------------- shares

  @expect_pass @cls_control
  Scenario: The battery-electric share of new registrations was 18.4 percent in 2023
    # why: 000 "im Vorjahr noch bei beeindruckenden 18,4 Prozent", 002 "down from 18.4% the previous year", 005 "climbed from 17.7 percent to 18.4 percent".
    Then bev_share_2023 is 18.4 %
    And at least 3 sources support it

  @expect_fail @cls_time
  Scenario: The battery-electric share of new registrations was 18.4 percent in 2024
    # why: 18,4 % is the 2023 share; for 2024 000/001 say "13,5 Prozent", 002 "13.5%".
    Then bev_share_2024 is 18.4 %

  @expect_pass @cls_range
  Scenario: The battery-electric share of new registrations was between 13 and 14 percent in 2024
    # why: 000/001 "13,5 Prozent", 002 "13.5%" = [13.45, 13.55], inside 13 to 14.
    Then bev_share_2024 is between 13 and 14 %
    And at least 3 sources support it

  @expect_pass @cls_points
  Scenario: The battery-electric share fell by between 4.5 and 5.5 percentage points in 2024
    # why: 000 "13,5 Prozent ... im Vorjahr noch bei beeindruckenden 18,4 Prozent"; 002 "13.5% ... down from 18.4%": 13.5 - 18.4 = [-5.0, -4.8] points.
    Then bev_share_2024 fell by between 4.5 and 5.5 percentage points from bev_share_2023

  @expect_fail @cls_unit
  Scenario: The battery-electric share fell by about 5 percent in 2024
    # why: 13.5 against 18.4 (000, 002) is a relative fall of about 26.6 %; the "fast fünf" of 001 are Prozentpunkte, not percent.
    Then bev_share_2024 fell by about 5 % from bev_share_2023

  @expect_fail @cls_derived
  Scenario: The battery-electric share fell by more than 5 percentage points in 2024
    # why: 000/002: 18.4 - 13.5 = [4.8, 5.0] points, never more than 5; 001 "fast fünf Prozentpunkte".
    Then bev_share_2024 fell by more than 5 percentage points from bev_share_2023

  @expect_fail @cls_source
  Scenario: Several sources put the share of Chinese suppliers among new battery-electric cars at 5.5 percent in 2023
    # why: only 005 "accounted for 5.5 percent of e-cars"; no other source gives it.
    Then chinese_makers_bev_share_2023 is 5.5 %
    And at least 2 sources support it

  # ------------------------------------------------------------- the whole market

  @expect_pass @cls_control
  Scenario: About 2.8 million new cars were registered in Germany in 2024
    # why: 000 "circa 2,8 Millionen Neuzulassungen von Autos" = [2.75, 2.85] million.
    Then car_registrations_2024 is about 2.8 million cars
    And source 000 supports it

  @expect_fail @cls_scale
  Scenario: About 2.8 billion new cars were registered in Germany in 2024
    # why: 000 "circa 2,8 Millionen Neuzulassungen" — million, not billion.
    Then car_registrations_2024 is about 2.8 billion cars

  @expect_pass @cls_control
  Scenario: New car registrations fell by more than 7 percent in December 2024
    # why: 000 "Besonders der Monat Dezember fiel ... um mehr als 7 Prozent unter das Niveau des Vorjahresmonats."
    Then car_registrations_dec_2024_decline is more than 7 %

  # ------------------------------------------------------------- brands

  @expect_pass @cls_control
  Scenario: Tesla sold about 38,000 cars in Germany in 2024
    # why: 002 "selling just 38,000 units".
    Then tesla_registrations_2024 is about 38,000 cars

  @expect_fail @cls_time
  Scenario: Tesla registered 63,685 new cars in Germany in 2024
    # why: 63,685 is 2023 (005 "Tesla ... lost nine percent with 63,685 new registrations"); for 2024 002 says "38,000 units".
    Then tesla_registrations_2024 is 63,685 cars

  @expect_pass @cls_control
  Scenario: Tesla's registrations in Germany fell by 9 percent in 2023
    # why: 005 "Tesla, on the other hand, lost nine percent with 63,685 new registrations".
    Then tesla_bev_registrations_2023_decline is 9 %

  @expect_fail @cls_source
  Scenario: Tesla's registrations in Germany fell by 9 percent in 2023, as the Bangladeshi business report says
    # why: only 005 (on 2023) says "lost nine percent"; 002 (industryinsiderbd, the report on the slump) gives no 2023 figure for Tesla.
    Then tesla_bev_registrations_2023_decline is 9 %
    And source 002 supports it

  @expect_pass @cls_completion
  Scenario: Tesla's sales in Germany fell by about 40 percent from 2023 to 2024
    # why: 002 "selling just 38,000 units" (2024) against 005 "63,685 new registrations" (2023) = a fall of 40.3 %; about 40 = [36, 44].
    Then tesla_registrations_2024 fell by about 40 % from tesla_bev_registrations_2023

  @expect_fail @cls_derived
  Scenario: Tesla's sales in Germany fell by more than 50 percent from 2023 to 2024
    # why: 38,000 (002) against 63,685 (005) is a fall of 40.3 %, not more than 50 %.
    Then tesla_registrations_2024 fell by more than 50 % from tesla_bev_registrations_2023

  @expect_pass @cls_derived
  Scenario: Volkswagen registered more battery-electric cars than Tesla in Germany in 2023
    # why: 005 "Volkswagen overtook US car manufacturer Tesla ... with 70,628 new cars"; Tesla "63,685 new registrations".
    Then vw_bev_registrations_2023 is greater than tesla_bev_registrations_2023

  @expect_pass @cls_control
  Scenario: Volkswagen's battery-electric registrations grew by almost 12 percent in 2023
    # why: 005 "an increase of almost twelve percent" = [11.5, 12).
    Then vw_bev_registrations_2023_growth is almost 12 %

  @expect_fail @cls_qualifier
  Scenario: Volkswagen's battery-electric registrations grew by more than 12 percent in 2023
    # why: 005 "almost twelve percent" stays below 12.
    Then vw_bev_registrations_2023_growth is more than 12 %

  @expect_pass @cls_derived
  Scenario: Volkswagen registered more than 14 times as many cars as Tesla sold in Germany in 2024
    # why: 002 "Volkswagen retained its position ... with 536,888 new registrations" and Tesla "selling just 38,000 units": 536,888 / 38,000 = 14.13.
    Then vw_registrations_2024 is more than 14 times tesla_registrations_2024

  @expect_fail @cls_derived
  Scenario: Volkswagen registered about 15 times as many cars as Tesla sold in Germany in 2024
    # why: 536,888 / 38,000 = 14.13 (002), outside about 15 = [14.5, 15.5].
    Then vw_registrations_2024 is about 15 times tesla_registrations_2024

  @expect_pass @cls_points
  Scenario: The share of VW, BMW and Mercedes-Benz in battery-electric registrations rose by 8 percentage points in 2023
    # why: 005 "bringing their market share to 46 percent from 38 percent".
    Then german_makers_bev_share_2023 rose by 8 percentage points over german_makers_bev_share_2022

  @expect_fail @cls_unit
  Scenario: The share of VW, BMW and Mercedes-Benz in battery-electric registrations rose by 8 percent in 2023
    # why: 005 "to 46 percent from 38 percent" is 8 points, a relative rise of 21 %.
    Then german_makers_bev_share_2023 rose by 8 % over german_makers_bev_share_2022

  @expect_fail @cls_scale
  Scenario: Volkswagen is cutting its production capacity by 73,000 cars
    # why: 002 "cutting production capacity by 730,000 units".
    Then vw_capacity_cut is 73,000 cars

  @expect_pass @cls_control
  Scenario: Volkswagen is shedding 35,000 jobs
    # why: 002 "shedding 35,000 jobs".
    Then vw_job_cuts is 35,000 jobs

  # ------------------------------------------------------------- the stock

  @expect_pass @cls_sum
  Scenario: Battery-electric and plug-in hybrid cars together numbered about 2.33 million at the start of 2024
    # why: 003 "knapp 1,41 Millionen reine batteriebetriebene Stromer" + "922 000 Plug-in-Hybride" = [2,327,000, 2,332,000); 003 itself "waren es 2,33 Millionen" (with the fuel-cell cars); 004 "922,000 plug-in hybrids", the BEVs completed from 003.
    Then bev_stock_jan_2024 and phev_stock_jan_2024 together are about 2.33 million cars

  @expect_fail @cls_sum
  Scenario: Battery-electric and plug-in hybrid cars together numbered more than 2.35 million at the start of 2024
    # why: 003 "knapp 1,41 Millionen" + "922 000" < 2.332 million.
    Then bev_stock_jan_2024 and phev_stock_jan_2024 together are more than 2.35 million cars

  @expect_pass @cls_source
  Scenario: The English dpa report puts the battery-electric stock at the start of 2024 at just under 1.41 million
    # why: 004 "The number of electric cars in Germany grew by almost 396,000 last year to just under 1.41 million" (lines 1 and 3); 003 "knapp 1,41 Millionen".
    Then bev_stock_jan_2024 is just under 1.41 million cars
    And source 004 supports it

  @expect_pass @cls_control
  Scenario: Germany had about 1.4 million battery-electric cars at the start of 2025
    # why: 001 (January 2025) "Laut KBA lag der Bestand zum Jahreswechsel lediglich bei rund 1,4 Millionen Elektrofahrzeugen."
    Then bev_stock_jan_2025 is about 1.4 million cars

  @expect_fail @cls_time
  Scenario: Germany had about 1.41 million battery-electric cars at the start of 2025
    # why: 1.41 million is 003's figure for 1 January 2024 ("knapp 1,41 Millionen"); for the turn of 2024/25 001 says only "rund 1,4 Millionen" = [1.35, 1.45] million, wider than about 1.41 = [1.405, 1.415] million.
    Then bev_stock_jan_2025 is about 1.41 million cars

  @expect_fail @cls_derived
  Scenario: The battery-electric stock grew during 2024
    # why: 001 "rund 1,4 Millionen" (turn of 2024/25) = [1.35, 1.45] million against 003 "knapp 1,41 Millionen" (1 January 2024): the difference may be negative or positive; no source shows growth.
    Then bev_stock_jan_2025 is greater than bev_stock_jan_2024

  @expect_pass @cls_derived
  Scenario: The 2030 target is more than 9 times the battery-electric stock at the start of 2025
    # why: 001 "rund 15 Millionen reine Batterieautos" / "rund 1,4 Millionen Elektrofahrzeugen" = [14.5, 15.5] / [1.35, 1.45] = [10.0, 11.5].
    Then bev_stock_target_2030 is more than 9 times bev_stock_jan_2025

  @expect_fail @cls_derived
  Scenario: The 2030 target is more than 11 times the battery-electric stock at the start of 2025
    # why: 001 "rund 15 Millionen" / "rund 1,4 Millionen" can be as low as 10.0; "more than 11" is not shown.
    Then bev_stock_target_2030 is more than 11 times bev_stock_jan_2025

  @expect_pass @cls_control
  Scenario: Plug-in hybrids registered in Germany numbered 922,000 at the start of 2024
    # why: 003 "922 000 Plug-in-Hybride" (space-grouped), 004 "922,000 plug-in hybrids".
    Then phev_stock_jan_2024 is 922,000 cars
    And at least 2 sources support it

  @expect_pass @cls_control
  Scenario: About 237,000 battery-electric Volkswagens were registered in Germany at the start of 2024
    # why: 003 "Etwa 237 000 Stromer der Wolfsburger", 004 "around 237,000 electric vehicles from the Wolfsburg-based company".
    Then vw_bev_stock_jan_2024 is about 237,000 cars
    And at least 2 sources support it

  @expect_fail @cls_negation
  Scenario: Volkswagen did not have 237,000 battery-electric cars registered in Germany at the start of 2024
    # why: 003 "Etwa 237 000 Stromer", 004 "around 237,000": both allow exactly 237,000, so the negation is not shown.
    Then vw_bev_stock_jan_2024 is not 237,000 cars

  @expect_pass @cls_qualifier
  Scenario: Just over 2,000 fuel-cell cars were registered in Germany at the start of 2024
    # why: 003 "die gut 2000 zugelassenen Autos mit Brennstoffzelle" = (2000, 2200].
    Then fuel_cell_stock_jan_2024 is just over 2,000 cars

  @expect_fail @cls_qualifier
  Scenario: Exactly 2,000 fuel-cell cars were registered in Germany at the start of 2024
    # why: 003 "gut 2000" means more than 2000 (a good 2000); the plain 2,000 is exact.
    Then fuel_cell_stock_jan_2024 is 2,000 cars

  @expect_pass @cls_derived
  Scenario: More battery-electric minis than small cars were registered in Germany at the start of 2024
    # why: 003 "Minis und Kleinwagen mit 238 000 beziehungsweise 235 000 Fahrzeugen"; 004 "238,000 and 235,000 vehicles respectively".
    Then mini_car_bev_stock_jan_2024 is greater than small_car_bev_stock_jan_2024
