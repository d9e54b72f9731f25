"""Everything the app asks of AWS, through boto3 only (no Qt)."""
