"""What moto's Budgets lacks: `DescribeSubscribersForNotification`.

moto 5.2 keeps each notification's subscribers (from `CreateBudget`'s
`NotificationsWithSubscribers` and from `CreateNotification`) but has no
operation to read them back; this adds it to moto's Budgets responses, in the
process that runs the moto server.  Installed when imported.
"""

from __future__ import annotations

import json

from moto.budgets.exceptions import NotFoundException
from moto.budgets.responses import BudgetsResponse


def describe_subscribers_for_notification(self: BudgetsResponse) -> str:
    account_id = self._get_param("AccountId")
    budget_name = self._get_param("BudgetName")
    wanted = self._get_param("Notification")
    budget = self.backend.budgets[account_id].get(budget_name)
    if budget is None:
        raise NotFoundException(f"Unable to get budget: {budget_name} - the budget doesn't exist.")
    for notification in budget.notifications:
        if notification.details == wanted:
            return json.dumps({"Subscribers": notification.subscribers, "NextToken": None})
    raise NotFoundException("Unable to get subscribers - the notification doesn't exist.")


def install() -> None:
    BudgetsResponse.describe_subscribers_for_notification = (  # type: ignore[attr-defined]
        describe_subscribers_for_notification
    )


install()
