"""XRechnung 3.0 documents (UBL 2.1 Invoice and CreditNote) from an invoice snapshot.

The XML is built with the standard library from the snapshot alone, so a reprint gives the
same document. Element order follows the UBL 2.1 schema. Fixed choices:
- buyer reference (BT-10): the Leitweg-ID, else the customer number;
- buyer electronic address (BT-49): the Leitweg-ID (scheme 0204), else the invoice e-mail;
- payment means 58 (SEPA credit transfer) with the office's IBAN; the remittance
  information is the invoice number;
- a credit note refers to the invoice it cancels (BG-3) and repeats its lines.
"""

from __future__ import annotations

from decimal import Decimal
from xml.etree import ElementTree as ET

CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
NS = {
    "Invoice": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "CreditNote": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
CAC = "{" + NS["cac"] + "}"
CBC = "{" + NS["cbc"] + "}"
ET.register_namespace("cac", NS["cac"])
ET.register_namespace("cbc", NS["cbc"])


def _amount(value) -> str:
    return f"{Decimal(str(value)):.2f}"


def _add(parent: ET.Element, tag: str, text=None, **attributes) -> ET.Element:
    prefix = CBC if tag.startswith("cbc:") else CAC
    element = ET.SubElement(parent, prefix + tag.split(":", 1)[1], {k: str(v) for k, v in attributes.items()})
    if text is not None:
        element.text = str(text)
    return element


def _money(parent: ET.Element, tag: str, value, currency: str) -> None:
    _add(parent, tag, _amount(value), currencyID=currency)


def _address(parent: ET.Element, party: dict) -> None:
    address = _add(parent, "cac:PostalAddress")
    if party.get("street"):
        _add(address, "cbc:StreetName", party["street"])
    if party.get("city"):
        _add(address, "cbc:CityName", party["city"])
    if party.get("postcode"):
        _add(address, "cbc:PostalZone", party["postcode"])
    country = _add(address, "cac:Country")
    _add(country, "cbc:IdentificationCode", party.get("country") or "DE")


def _seller(root: ET.Element, seller: dict) -> None:
    party = _add(_add(root, "cac:AccountingSupplierParty"), "cac:Party")
    _add(party, "cbc:EndpointID", seller["email"], schemeID="EM")
    if not seller.get("vat_id"):
        # BR-CO-26 asks for a seller identifier when there is no VAT ID: the tax number.
        _add(_add(party, "cac:PartyIdentification"), "cbc:ID", seller["tax_number"])
    _address(party, seller)
    if seller.get("vat_id"):
        scheme = _add(party, "cac:PartyTaxScheme")
        _add(scheme, "cbc:CompanyID", seller["vat_id"])
        _add(_add(scheme, "cac:TaxScheme"), "cbc:ID", "VAT")
    if seller.get("tax_number"):
        scheme = _add(party, "cac:PartyTaxScheme")
        _add(scheme, "cbc:CompanyID", seller["tax_number"])
        _add(_add(scheme, "cac:TaxScheme"), "cbc:ID", "FC")
    _add(_add(party, "cac:PartyLegalEntity"), "cbc:RegistrationName", seller["name"])
    contact = _add(party, "cac:Contact")
    _add(contact, "cbc:Name", seller.get("contact_name") or "")
    _add(contact, "cbc:Telephone", seller.get("contact_phone") or "")
    _add(contact, "cbc:ElectronicMail", seller.get("contact_email") or "")


def _buyer(root: ET.Element, buyer: dict) -> None:
    party = _add(_add(root, "cac:AccountingCustomerParty"), "cac:Party")
    if buyer.get("leitweg_id"):
        _add(party, "cbc:EndpointID", buyer["leitweg_id"], schemeID="0204")
    elif buyer.get("email"):
        _add(party, "cbc:EndpointID", buyer["email"], schemeID="EM")
    identification = _add(party, "cac:PartyIdentification")
    _add(identification, "cbc:ID", buyer["customer_number"])
    _address(party, buyer)
    _add(_add(party, "cac:PartyLegalEntity"), "cbc:RegistrationName", buyer["name"])


def _tax_category(parent: ET.Element, tag: str, tax: dict, with_reason: bool) -> None:
    category = _add(parent, tag)
    _add(category, "cbc:ID", tax["category"])
    _add(category, "cbc:Percent", _amount(tax["rate"]))
    if with_reason and tax["category"] != "S" and tax.get("exemption_reason"):
        _add(category, "cbc:TaxExemptionReason", tax["exemption_reason"])
    _add(_add(category, "cac:TaxScheme"), "cbc:ID", "VAT")


def document_xml(snapshot: dict) -> bytes:
    """The UBL Invoice (or CreditNote for a Gutschrift) of an invoice snapshot."""
    credit = snapshot["kind"] == "Gutschrift"
    root_name = "CreditNote" if credit else "Invoice"
    root = ET.Element("{" + NS[root_name] + "}" + root_name)
    currency = snapshot.get("currency", "EUR")
    _add(root, "cbc:CustomizationID", CUSTOMIZATION)
    _add(root, "cbc:ProfileID", PROFILE)
    _add(root, "cbc:ID", snapshot["number"])
    _add(root, "cbc:IssueDate", snapshot["issued_on"])
    if not credit:
        _add(root, "cbc:DueDate", snapshot["due_on"])
    _add(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", "381" if credit else "380")
    if snapshot.get("subject"):
        _add(root, "cbc:Note", snapshot["subject"])
    _add(root, "cbc:DocumentCurrencyCode", currency)
    buyer = snapshot["buyer"]
    _add(root, "cbc:BuyerReference", buyer.get("leitweg_id") or buyer["customer_number"])
    if snapshot.get("period"):
        period = _add(root, "cac:InvoicePeriod")
        _add(period, "cbc:StartDate", snapshot["period"]["start"])
        _add(period, "cbc:EndDate", snapshot["period"]["end"])
    if credit:
        reference = _add(_add(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        _add(reference, "cbc:ID", snapshot["cancels"]["number"])
        _add(reference, "cbc:IssueDate", snapshot["cancels"]["issued_on"])
    _seller(root, snapshot["seller"])
    _buyer(root, buyer)
    seller = snapshot["seller"]
    means = _add(root, "cac:PaymentMeans")
    _add(means, "cbc:PaymentMeansCode", "58")
    if credit:
        _add(means, "cbc:PaymentDueDate", snapshot["due_on"])
    _add(means, "cbc:PaymentID", snapshot["cancels"]["number"] if credit else snapshot["number"])
    account = _add(means, "cac:PayeeFinancialAccount")
    _add(account, "cbc:ID", seller.get("iban") or "")
    _add(account, "cbc:Name", seller["name"])
    if seller.get("bic"):
        _add(_add(account, "cac:FinancialInstitutionBranch"), "cbc:ID", seller["bic"])
    if snapshot.get("payment_terms"):
        _add(_add(root, "cac:PaymentTerms"), "cbc:Note", snapshot["payment_terms"])
    tax = snapshot["tax"]
    tax_total = _add(root, "cac:TaxTotal")
    _money(tax_total, "cbc:TaxAmount", snapshot["tax_amount"], currency)
    subtotal = _add(tax_total, "cac:TaxSubtotal")
    _money(subtotal, "cbc:TaxableAmount", snapshot["net"], currency)
    _money(subtotal, "cbc:TaxAmount", snapshot["tax_amount"], currency)
    _tax_category(subtotal, "cac:TaxCategory", tax, with_reason=True)
    totals = _add(root, "cac:LegalMonetaryTotal")
    _money(totals, "cbc:LineExtensionAmount", snapshot["net"], currency)
    _money(totals, "cbc:TaxExclusiveAmount", snapshot["net"], currency)
    _money(totals, "cbc:TaxInclusiveAmount", snapshot["total"], currency)
    _money(totals, "cbc:PayableAmount", snapshot["total"], currency)
    for line in snapshot["lines"]:
        element = _add(root, "cac:CreditNoteLine" if credit else "cac:InvoiceLine")
        _add(element, "cbc:ID", line["position"])
        _add(
            element,
            "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity",
            _amount(line["quantity"]),
            unitCode="C62",
        )
        _money(element, "cbc:LineExtensionAmount", line["amount"], currency)
        item = _add(element, "cac:Item")
        if line.get("detail"):
            _add(item, "cbc:Description", line["detail"])
        _add(item, "cbc:Name", line["description"])
        _tax_category(item, "cac:ClassifiedTaxCategory", tax, with_reason=False)
        _money(_add(element, "cac:Price"), "cbc:PriceAmount", line["unit_price"], currency)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
