Feature: Budget levels and growth rates
  NHS England's budget, health spending in England and their growth, in cash and in real
  terms. Expectations written from the seeds before the tool was run.

  @expect_pass @cls_control
  Scenario: NHS England's budget rises to £192 billion in 2025/26 from 2024/25
    # why: 002 "will increase by 4.7 per cent this year to £181.4 bn and then another 3.3 per cent next year to £192 billion".
    Then nhs_england_budget_2025_26 rose to £192 billion from nhs_england_budget_2024_25

  @expect_pass @cls_control
  Scenario: NHS England's budget grows 3.3% in 2025/26
    # why: 002 "another 3.3 per cent next year to £192 billion".
    Then nhs_england_budget_growth_2025_26 is 3.3 %
    And source 002 supports it

  @expect_fail @cls_derived
  Scenario: NHS England's budget rises by about 3.3% from £181.4bn to £192bn
    # why: 002's own levels "£181.4 bn" and "£192 billion" give (192 − 181.4) / 181.4 = 5.5 to 6.1 %, disjoint from about 3.3 % ([3.25, 3.35]).
    Then nhs_england_budget_2024_25 is £181.4 billion
    And nhs_england_budget_2025_26 is £192 billion
    And nhs_england_budget_2025_26 rose by about 3.3 % over nhs_england_budget_2024_25

  @expect_pass @cls_control
  Scenario: NHS England's budget rises by more than 5% from £181.4bn to £192bn
    # why: 002 "£181.4 bn" to "£192 billion": 5.5 to 6.1 %, all above 5 %.
    Then nhs_england_budget_2024_25 is £181.4 billion
    And nhs_england_budget_2025_26 is £192 billion
    And nhs_england_budget_2025_26 rose by more than 5 % over nhs_england_budget_2024_25

  @expect_pass @cls_control
  Scenario: NHS England's budget growth slows by more than 1 percentage point in 2025/26
    # why: 002 "4.7 per cent this year … another 3.3 per cent next year": 3.3 − 4.7 = [−1.5, −1.3] points.
    Then nhs_england_budget_growth_2025_26 fell by more than 1 percentage point from nhs_england_budget_growth_2024_25

  @expect_fail @cls_to_by
  Scenario: NHS England's budget rises by 4.7% to £192 billion in 2025/26
    # why: 002 "4.7 per cent this year to £181.4 bn and then another 3.3 per cent next year to £192 billion": the 4.7 % is 2024/25's rise, the 2025/26 rise is 3.3 %.
    Then nhs_england_budget_growth_2025_26 is 4.7 %
    And nhs_england_budget_2025_26 is £192 billion

  @expect_pass @cls_control
  Scenario: NHS England's 2024/25 budget is not £192 billion
    # why: 002 "to £181.4 bn" this year; the £192 billion is next year's.
    Then nhs_england_budget_2024_25 is not £192 billion

  @expect_fail @cls_title
  Scenario: NHS England's budget reaches £192 billion, up 3.3 per cent
    # why: the step proves £192 billion (002), but no step states the title's "3.3 per cent".
    Then nhs_england_budget_2025_26 is £192 billion

  @expect_pass @cls_control
  Scenario: Health spending in England is £214.1 billion in 2025/26
    # why: 004 "health spending in England will be £214.1 billion in 2025/26 under current plans"; 005 "beyond £200 billion" is compatible.
    Then health_spending_2025_26 is £214.1 billion
    And source 004 supports it

  @expect_pass @cls_control
  Scenario: Health spending rises by about 6% in 2025/26
    # why: 004 "£214.1 billion in 2025/26 … up from £201.9 billion in 2024/25": 6.0 to 6.1 %, within about 6 % ([5.5, 6.5]).
    Then health_spending_2025_26 rose by about 6 % over health_spending_2024_25

  @expect_fail @cls_derived
  Scenario: Cash health spending rises by about 3.8% in 2024/25
    # why: 004 "£201.9 billion in 2024/25 and £188.5 billion in 2023/24" = a 7.1 % cash rise; 004's "3.8%" is the real-terms average, not the cash change.
    Then health_spending_2024_25 rose by about 3.8 % over health_spending_2023_24

  @expect_pass @cls_control
  Scenario: Health spending grows faster in 2024/25 than in 2025/26
    # why: 004 "£214.1 billion … £201.9 billion … £188.5 billion": 2024/25 +7.1 %, 2025/26 +6.0 %.
    Then health_spending_2024_25 over health_spending_2023_24 grew faster than health_spending_2025_26 over health_spending_2024_25

  @expect_fail @cls_derived
  Scenario: Health spending grows more slowly in 2024/25 than in 2025/26
    # why: 004's levels give +7.1 % for 2024/25 and +6.0 % for 2025/26; the reverse is false.
    Then health_spending_2024_25 over health_spending_2023_24 grew more slowly than health_spending_2025_26 over health_spending_2024_25

  @expect_pass @cls_control
  Scenario: Health spending in 2025/26 is about 1.14 times its 2023/24 level
    # why: 004 "£214.1 billion in 2025/26 … £188.5 billion in 2023/24": 1.135 to 1.137, within about 1.14 ([1.135, 1.145]).
    Then health_spending_2025_26 is about 1.14 times health_spending_2023_24

  @expect_fail @cls_derived
  Scenario: Health spending rises by about 7.6% between 2023/24 and 2025/26
    # why: 004's levels "£214.1 billion" and "£188.5 billion" give 13.5 to 13.6 % over the two years; 7.6 % (two times 3.8 %) is the real-terms average doubled, not the cash change.
    Then health_spending_2025_26 rose by about 7.6 % over health_spending_2023_24

  @expect_pass @cls_control
  Scenario: NHS England's 2025/26 budget is about 0.9 times health spending in England
    # why: 002 "£192 billion" (NHS England, 2025/26) against 004 "£214.1 billion in 2025/26": 0.894 to 0.899, within about 0.9 ([0.85, 0.95]); each source completed from the other.
    Then nhs_england_budget_2025_26 is about 0.9 times health_spending_2025_26

  @expect_pass @cls_control
  Scenario: About 90% of the DHSC budget goes to NHS England
    # why: 004 "The vast majority (around 90%) of the DHSC budget is allocated to NHS England".
    Then dhsc_share_to_nhs_england is about 90 %

  @expect_fail @cls_qualifier
  Scenario: More than 90% of the DHSC budget goes to NHS England
    # why: 004 "around 90%" = [85, 95]; more than 90 % is only compatible.
    Then dhsc_share_to_nhs_england is more than 90 %

  @expect_pass @cls_dispute @disputed
  Scenario: Total health spending grows 3.8% a year in real terms to 2025/26
    003 and 004 give 3.8 % a year on average for the total; 001 credits the Treasury with
    3.4 % as the DHSC's total increase and so refutes it.
    # why: 003 "Total health spending increases by 3.8% a year on average in real terms between 2023/24 and 2025/26"; 004 "by 3.8% between 2023/24 and 2025/26 on average in real terms"; 001 "the total increase for the Department of Health and Social Care (DHSC) was 3.4%" refutes.
    Then dhsc_total_avg_annual_real_growth is 3.8 %
    And at least 2 sources support it

  @expect_fail @cls_source @disputed
  Scenario: The NHS Confederation puts average real growth of total health spending at 3.8%
    003 and 004 support 3.8 %; 001 (3.4 %) refutes it.
    # why: 002's "3.8 per cent" is the overall budget's rise in one year ("will increase by a smaller 3.8 per cent and 3 per cent respectively"), a different fact; 002 says nothing of the two-year average.
    Then dhsc_total_avg_annual_real_growth is 3.8 %
    And source 002 supports it

  @expect_pass @cls_control
  Scenario: Day-to-day DHSC spending grows 3.4% a year in real terms
    # why: 003 "This includes a 3.4% increase to day-to-day (resource) spending".
    Then dhsc_resource_avg_annual_real_growth is 3.4 %

  @expect_pass @cls_control
  Scenario: The overall health and care budget's growth slows by 0.8 percentage points in 2025/26
    # why: 002 "will increase by a smaller 3.8 per cent and 3 per cent respectively": 3 − [3.75, 3.85] = [−0.85, −0.75], within 0.8 points ([0.75, 0.85]).
    Then dhsc_budget_growth_2025_26 fell by 0.8 percentage points from dhsc_budget_growth_2024_25

  @expect_fail @cls_qualifier
  Scenario: The Treasury puts NHS England's day-to-day growth at just over 4% a year
    # why: 001 "the average annual increase to the day-to-day NHS in England budget was 4%" = exactly 4; "just over 4" = (4, 4.4] excludes it.
    Then nhs_england_resource_avg_annual_growth is just over 4 %

  @expect_pass @cls_control
  Scenario: The Treasury puts NHS England's day-to-day growth at about 4% a year
    # why: 001 "Overall, the Treasury said, the average annual increase to the day-to-day NHS in England budget was 4%".
    Then nhs_england_resource_avg_annual_growth is about 4 %
    And source 001 supports it

  @expect_pass @cls_control
  Scenario: Health spending grew just 1.4% a year on average between 2010 and 2019
    # why: 004 "Between 2010 and 2019, the average annual increases were just 1.4%."
    Then health_spending_avg_growth_2010_2019 is 1.4 %

  @expect_fail @cls_time
  Scenario: Health spending grew just 1.4% a year on average between 2010 and 2020
    # why: 004 gives the average "Between 2010 and 2019"; no fact is about 2020.
    Then health_spending_avg_growth_2010_2019 is 1.4 %
