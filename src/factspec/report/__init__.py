"""Stage 4, the coverage model rendered: Markdown and terminal, JSON, CSV, ClaimReview, HTML;
and the one atomic writer every file of factspec goes through.

Imports the stages below it; nothing above.
"""
