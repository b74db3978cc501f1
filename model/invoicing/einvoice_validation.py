"""Validation of e-invoices by the official rules: EN 16931 (CEN) first, then XRechnung (KoSIT).

Both rule sets ship in ``resources/einvoice/`` unchanged: the EN 16931 rules as the compiled
XSLT 2.0 of CEN/TC 434, the XRechnung rules as Schematron source, compiled here to XSLT by
SchXslt. An XSLT 2.0 processor is needed for both; Python's lxml only does XSLT 1.0, so the
Saxon HE build for Python (``saxonche``) runs them. The stylesheets are compiled once per
process (about a second) and reused; one validation then takes a few milliseconds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from ..core.errors import UserError
from ..core.paths import resource

SVRL = "{http://purl.oclc.org/dsdl/svrl}"


@dataclass(frozen=True)
class RuleViolation:
    rule_set: str  # "EN 16931" or "XRechnung"
    rule_id: str  # "BR-CO-15", "BR-DE-15" …
    flag: str  # "fatal" or "warning"
    location: str
    text: str

    def __str__(self) -> str:
        return f"{self.rule_set} {self.rule_id}: {self.text}"


class InvalidEInvoice(UserError):
    """The XML breaks an official rule; the message names the rule and its text."""

    def __init__(self, violations: list[RuleViolation]):
        self.violations = violations
        first = violations[0]
        more = f" (und {len(violations) - 1} weitere)" if len(violations) > 1 else ""
        super().__init__(f"Die E-Rechnung verletzt die Regel {first}{more}.")


class _Validators:
    """Saxon's processor is not thread-safe to build; one per process, guarded by a lock."""

    def __init__(self) -> None:
        from saxonche import PySaxonProcessor

        self._lock = threading.Lock()
        self._processor = PySaxonProcessor(license=False)
        xslt = self._processor.new_xslt30_processor()
        self._en16931 = xslt.compile_stylesheet(
            stylesheet_file=str(resource("einvoice", "en16931", "EN16931-UBL-validation.xslt"))
        )
        compiler = xslt.compile_stylesheet(
            stylesheet_file=str(resource("einvoice", "schxslt", "pipeline-for-svrl.xsl"))
        )
        compiled = compiler.transform_to_string(
            source_file=str(resource("einvoice", "xrechnung", "ubl", "XRechnung-UBL-validation.sch"))
        )
        self._xrechnung = xslt.compile_stylesheet(stylesheet_text=compiled)

    def run(self, xml: bytes) -> list[RuleViolation]:
        text = xml.decode("utf-8")
        with self._lock:
            node = self._processor.parse_xml(xml_text=text)
            reports = [("EN 16931", self._en16931.transform_to_string(xdm_node=node))]
            reports.append(("XRechnung", self._xrechnung.transform_to_string(xdm_node=node)))
        violations: list[RuleViolation] = []
        for rule_set, svrl in reports:
            violations.extend(_failed_asserts(rule_set, svrl))
        return violations


def _failed_asserts(rule_set: str, svrl: str) -> list[RuleViolation]:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(svrl.encode("utf-8"))
    found = []
    for failed in root.iter(f"{SVRL}failed-assert"):
        message = failed.find(f"{SVRL}text")
        text = " ".join("".join(message.itertext()).split()) if message is not None else ""
        found.append(
            RuleViolation(
                rule_set, failed.get("id") or "", failed.get("flag") or "fatal", failed.get("location") or "", text
            )
        )
    return found


@lru_cache(maxsize=1)
def _validators() -> _Validators:
    return _Validators()


def violations(xml: bytes) -> list[RuleViolation]:
    """Every rule of EN 16931 and XRechnung the document breaks (warnings included)."""
    from defusedxml import ElementTree

    try:
        ElementTree.fromstring(xml)
    except Exception as exc:  # noqa: BLE001 - any parse failure makes the document invalid
        return [RuleViolation("XML", "XML", "fatal", "", f"kein wohlgeformtes XML: {exc}")]
    return _validators().run(xml)


def errors(xml: bytes) -> list[RuleViolation]:
    """The broken rules that make the invoice invalid (flag fatal/error, not warnings)."""
    return [v for v in violations(xml) if v.flag not in ("warning", "information")]


def ensure_valid(xml: bytes) -> None:
    """Raises InvalidEInvoice with the first failed rule's text when the XML is invalid."""
    found = errors(xml)
    if found:
        raise InvalidEInvoice(found)
