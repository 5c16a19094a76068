Feature: Capital funding for health
  The DHSC capital budget and what it pays for. Expectations written from the seeds before
  the tool was run.

  @expect_pass @cls_control
  Scenario: The DHSC capital budget rises by £3.1bn between 2023-24 and 2025-26
    # why: 000 "a £3.1bn increase in capital investment for 2025-26 compared to 2023-24"; 001 "£3.1bn two-year increase"; 002 "(or £3.1 billion overall)"; 005 "£3.1 billion for capital".
    Then dhsc_capital_increase_2y is £3.1 billion
    And at least 4 sources support it

  @expect_pass @cls_control
  Scenario: The DHSC capital budget reaches £13.6bn in 2025-26
    # why: 000 "up to £13.6bn overall" (an increase up to a level, curated with reads "£13.6bn") and 005 "a new high of £13.6 billion by 2025-26".
    Then dhsc_capital_budget_2025_26 is £13.6 billion
    And source 000 supports it
    And source 005 supports it

  @expect_fail @cls_scale
  Scenario: The DHSC capital budget rises by £31bn over two years
    # why: 000, 001, 002, 005 all "£3.1bn"/"£3.1 billion" — a tenfold slip.
    Then dhsc_capital_increase_2y is £31 billion

  @expect_pass @cls_control
  Scenario: Capital spending grows 10.9% a year on average
    # why: 001 "a 10.9% average annual rise"; 003 "a 10.9% increase in capital investment … over this period" under "3.8% a year on average".
    Then dhsc_capital_avg_annual_growth is 10.9 %
    And at least 2 sources support it

  @expect_fail @cls_unit
  Scenario: Capital spending grows by 10.9 percentage points a year
    # why: 001 "a 10.9% average annual rise" is a relative rise in percent, not percentage points.
    Then dhsc_capital_avg_annual_growth is 10.9 percentage points

  @expect_pass @cls_control
  Scenario: Capital budget growth speeds up by more than 1 percentage point in 2025/26
    # why: 002 "will increase by 9.8 per cent and 12.1 per cent … this year and next": 12.1 − 9.8 = [2.2, 2.4] points, all above 1.
    Then dhsc_capital_growth_2025_26 rose by more than 1 percentage point over dhsc_capital_growth_2024_25

  @expect_fail @cls_unit
  Scenario: Capital budget growth speeds up by about 2.3 % in 2025/26
    # why: 002 "9.8 per cent and 12.1 per cent": the rise is 2.3 percentage points; as a relative change it is (12.1 − 9.8) / 9.8 ≈ 23 %, far from about 2.3 %.
    Then dhsc_capital_growth_2025_26 rose by about 2.3 % over dhsc_capital_growth_2024_25

  @expect_fail @cls_time
  Scenario: The capital budget grows 12.1% in 2024/25
    # why: 002 "increase by 9.8 per cent and 12.1 per cent … this year and next": 12.1 % is next year (2025/26); 2024/25 is 9.8 %.
    Then dhsc_capital_growth_2024_25 is 12.1 %

  @expect_pass @cls_control
  Scenario: The capital increase is less than a quarter of the 2025-26 capital budget
    # why: 000 "£3.1bn increase … up to £13.6bn overall"; 005 "£3.1 billion … £13.6 billion": 3.1 / 13.6 ≈ 0.23, below 0.25.
    Then dhsc_capital_increase_2y is less than 0.25 times dhsc_capital_budget_2025_26

  @expect_pass @cls_control
  Scenario: £1.5bn goes to new surgical hubs and diagnostic scanners
    # why: 000 "£1.5bn in capital funding for new surgical hubs and diagnostic scanners"; 001 "£1.5bn of funding for new surgical hubs and diagnostic scanners".
    Then surgical_hubs_scanners_capital is £1.5 billion
    And at least 2 sources support it

  @expect_pass @cls_control
  Scenario: About £1 billion goes to the repairs backlog and Raac
    # why: 001 "£1bn for the repairs backlog and to tackle problems with reinforced autoclaved aerated concrete (Raac)" = [0.9, 1.1] bn; about 1 billion = [0.9, 1.1] bn.
    Then repairs_raac_capital is about £1 billion

  @expect_fail @cls_scale
  Scenario: New radiotherapy machines get £70bn
    # why: 001 "£70m for new radiotherapy machines" — millions, not billions.
    Then radiotherapy_machines_funding is £70 billion

  @expect_pass @cls_control
  Scenario: £100 million will upgrade 200 GP estates
    # why: 000 "£100 million for upgrading 200 GP estates across England".
    Then gp_estates_funding is £100 million
    And gp_estates_upgraded is 200 GP estates

  @expect_fail @cls_source
  Scenario: The Guardian reports £26m for mental health crisis centres
    # why: the £26m is in 000 ("£26m to open new mental health crisis centres"); 001 does not mention it.
    Then mental_health_crisis_centres_funding is £26 million
    And source 001 supports it

  @expect_pass @cls_control
  Scenario: More than £2bn is devoted to NHS technology
    # why: 005 "More than £2 billion will be devoted to NHS technology".
    Then nhs_technology_funding is more than £2 billion

  @expect_fail @cls_qualifier
  Scenario: About £2bn is devoted to NHS technology
    # why: 005 "More than £2 billion" = (2, ∞) bn does not lie within about 2 billion ([1.8, 2.2] bn): compatible, not supported.
    Then nhs_technology_funding is about £2 billion

  @expect_fail @cls_qualifier
  Scenario: The NHS Confederation asks for about £6.4bn a year of capital
    # why: 002 "our overall ask for more than £6.4 billion per year" = (6.4, ∞) bn; about 6.4 billion ([6.35, 6.45] bn) is not supported.
    Then confed_capital_ask_per_year is about £6.4 billion

  @expect_pass @cls_control
  Scenario: The NHS Confederation asks for at least £6 billion a year of capital
    # why: 002 "our overall ask for more than £6.4 billion per year" = (6.4, ∞) bn lies within [6, ∞).
    Then confed_capital_ask_per_year is at least £6 billion
    And source 002 supports it
