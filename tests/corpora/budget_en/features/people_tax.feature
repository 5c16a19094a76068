Feature: Pay, tax, appointments and social care
  The budget's other health-related figures. Expectations written from the seeds before the
  tool was run.

  @expect_pass @cls_control
  Scenario: Employer National Insurance rises by 1.2 percentage points to 15%
    # why: 000 "increase the rate of employer National Insurance contributions (NICs) by 1.2 percentage points to 15%".
    Then employer_nic_rate_rise is 1.2 percentage points
    And employer_nic_rate_new is 15 %

  @expect_fail @cls_unit
  Scenario: Employer National Insurance rises by 1.2%
    # why: 000 "by 1.2 percentage points" — points, not percent.
    Then employer_nic_rate_rise is 1.2 %

  @expect_fail @cls_bound
  Scenario: Employer National Insurance rises to more than 15%
    # why: 000 "to 15%" = exactly 15; more than 15 % excludes it.
    Then employer_nic_rate_new is more than 15 %

  @expect_fail @cls_negation
  Scenario: The new employer National Insurance rate is not 15%
    # why: 000 "by 1.2 percentage points to 15%".
    Then employer_nic_rate_new is not 15 %

  @expect_pass @cls_control
  Scenario: The National Living Wage will be £12.21 from April 2025
    # why: 000 "a 6.7% increase to the National Living Wage, which will be £12.21 from April 2025".
    Then national_living_wage_april_2025 is £12.21
    And national_living_wage_rise is 6.7 %

  @expect_fail @cls_time
  Scenario: The National Living Wage is £12.21 from April 2024
    # why: 000 "which will be £12.21 from April 2025" — 2025, not 2024.
    Then national_living_wage_april_2025 is £12.21

  @expect_fail @cls_qualifier
  Scenario: The National Living Wage will be about £12.50 from April 2025
    # why: 000 "£12.21"; about 12.50 = [12.495, 12.505].
    Then national_living_wage_april_2025 is about £12.50

  @expect_pass @cls_control
  Scenario: Labour promised an extra 40,000 elective appointments a week
    # why: 000 "an extra 40,000 elective appointments each week"; 001 "our manifesto commitment for 40,000 extra hospital appointments a week" (Reeves).
    Then elective_appointments_per_week is 40,000 appointments
    And at least 2 sources support it

  @expect_fail @cls_scale
  Scenario: Labour promised an extra 400,000 elective appointments a week
    # why: 000 and 001 "40,000" — tenfold too many.
    Then elective_appointments_per_week is 400,000 appointments

  @expect_fail @cls_source_count
  Scenario: Two sources give the 18-week waiting time target
    # why: only 001 "our target for waiting times to be no longer than 18 weeks"; 000 speaks of appointments only.
    Then waiting_time_target is 18 weeks
    And at least 2 sources support it

  @expect_pass @cls_control
  Scenario: The waiting time target is 18 weeks
    # why: 001 "our target for waiting times to be no longer than 18 weeks".
    Then waiting_time_target is 18 weeks

  @expect_pass @cls_control
  Scenario: Unfunded pay deals cost around £4.8bn, the Nuffield Trust estimated
    # why: 002 "pay deals (estimated by the Nuffield Trust before the Budget to be around £4.8 billion)".
    Then unfunded_pay_deals_cost is about £4.8 billion

  @expect_fail @cls_bound
  Scenario: Unfunded pay deals cost more than £5bn
    # why: 002 "around £4.8 billion" = [4.75, 4.85] bn, all below 5.
    Then unfunded_pay_deals_cost is more than £5 billion

  @expect_pass @cls_control
  Scenario: New social care grant funding is £0.6 billion
    # why: 003 "£600 million of new grant funding to support social care" = [599.5, 600.5] m, within 0.6 billion ([0.55, 0.65] bn).
    Then social_care_grant is £0.6 billion

  @expect_fail @cls_range
  Scenario: New social care grant funding is £650 million to £700 million
    # why: 003 "£600 million" lies below the range.
    Then social_care_grant is £650 million to £700 million

  @expect_pass @cls_control
  Scenario: Local government spending power rises by around 3.2% in real terms
    # why: 003 "Real-terms increase in core local government spending power of around 3.2%".
    Then local_gov_spending_power_real_growth is about 3.2 %

  @expect_fail @cls_unit
  Scenario: Local government spending power rises by around 3.2 percentage points
    # why: 003 "of around 3.2%" — a relative increase in percent.
    Then local_gov_spending_power_real_growth is about 3.2 percentage points

  @expect_pass @cls_control
  Scenario: The cancelled charging reforms would have cost £1.1bn in 2025/26
    # why: 003 "cancel planned adult social care charging reforms that would have cost £1.1 billion in 2025/26."
    Then cancelled_charging_reforms_cost is £1.1 billion

  @expect_fail @cls_scale
  Scenario: The Disabled Facilities Grant rises by £86bn
    # why: 003 "a £86 million increase to the Disabled Facilities Grant".
    Then disabled_facilities_grant_increase is £86 billion

  @expect_pass @cls_control
  Scenario: It is the first Labour budget in 14 years
    # why: 003 "The first budget by a Labour government in 14 years."
    Then years_since_last_labour_budget is 14 years

  @expect_fail @cls_bound
  Scenario: It is the first Labour budget in more than 15 years
    # why: 003 "in 14 years" — exactly 14.
    Then years_since_last_labour_budget is more than 15 years
