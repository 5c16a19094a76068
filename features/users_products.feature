Feature: Users and products
  How many people use Meta's apps and Threads, and where its chatbot is strongest.

  Scenario: 3.2 billion people use one of Meta's apps every day
    Then daily_users_meta_apps is 3.2 billion people

  Scenario: Threads has 200 million monthly active users
    Then threads_monthly_active_users is 200 million users

  Scenario: Threads has half as many users as X
    Then threads_vs_x_user_multiple is half as many

  Scenario: India is the largest market for Meta's chatbot
    Then india_largest_chatbot_market holds

  Scenario: Meta's core AI tools raised engagement on Facebook and Instagram
    Then core_ai_raised_engagement holds
    And at least 2 sources support it
