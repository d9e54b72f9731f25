"""Translatable text that the Qt-free layers hand to the UI.

`core`, `aws` and `ssh` cannot call Qt's `tr()`, so they describe a message as a
(context, source, arguments) triple.  The UI translates it with
`QCoreApplication.translate(context, source)` and then fills in the arguments.
`QT_TRANSLATE_NOOP` is the marker `pyside6-lupdate` looks for: every literal
wrapped in it lands in the `.ts` files under its context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for extraction under `context`; returns it unchanged."""
    del context
    return source


Translate = Callable[[str, str], str]


def _identity(context: str, source: str) -> str:
    del context
    return source


@dataclass(frozen=True)
class Text:
    """A message in English with `{name}` placeholders, translatable later."""

    context: str
    source: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, translate: Translate = _identity) -> str:
        """The message in the language `translate` gives, placeholders filled in."""
        template = translate(self.context, self.source) or self.source
        values = {
            key: value.render(translate) if isinstance(value, Text) else str(value)
            for key, value in self.args.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return self.source.format(**values)

    def __str__(self) -> str:
        return self.render()


def text(context: str, source: str, **args: object) -> Text:
    """Build a `Text`; write it as `text("Ctx", QT_TRANSLATE_NOOP("Ctx", "..."), x=1)`."""
    return Text(context, source, MappingProxyType(dict(args)))
