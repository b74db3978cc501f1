"""Outlook drafts of document mail: unsent, addressed by name, the PDF attached, the office's template."""

from email import policy
from email.parser import BytesParser

from model.core.entities import OfficeProfile, Person
from model.mail.document_mail import prepare_document_mail
from model.mail.invitations import Attachment
from model.mail.templates import CERTIFICATE


def test_draft_is_unsent_addressed_and_carries_the_pdf(db):
    with db.writing() as s:
        s.get(OfficeProfile, 1).office_name = "Müller & Söhne <GmbH>"
        ayse = Person(salutation="Frau", first_name="Ayşe", last_name="Yılmaz", email=" a.yilmaz@gelsenkirchen.de ")
        gone = Person(salutation="Herr", first_name="Łukasz", last_name="Żółć", email="l@example.org", active=False)
        none = Person(salutation="ohne", first_name="Kim", last_name="Ohne")
        s.add_all([ayse, gone, none])
        s.flush()
        ids = [ayse.id, gone.id, none.id]
    mail = prepare_document_mail(db, ids, CERTIFICATE)
    assert mail.left_out == [("Kim Ohne", "keine E-Mail-Adresse"), ("Łukasz Żółć", "inaktiv")]  # by last name
    assert mail.left_out_of([ids[1]]) == [("Łukasz Żółć", "inaktiv")]
    pdf = Attachment("Yılmaz_Ayşe_Tagung_2026-03-05.pdf", b"%PDF-1.4 test")
    message = mail.message(ids[0], {"titel": "Tagung <2026>", "datum": "Donnerstag, 5. März 2026"}, pdf, draft=True)
    parsed = BytesParser(policy=policy.default).parsebytes(bytes(message))
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == "Teilnahmebescheinigung: Tagung <2026>"
    assert parsed["To"].addresses[0].display_name == "Ayşe Yılmaz"
    assert parsed["To"].addresses[0].addr_spec == "a.yilmaz@gelsenkirchen.de"
    attachment = next(parsed.iter_attachments())
    assert attachment.get_filename() == pdf.filename and attachment.get_content() == b"%PDF-1.4 test"
    body = parsed.get_body(("plain",)).get_content()
    assert body.startswith("Sehr geehrte Frau Yılmaz,") and "»Tagung <2026>« am Donnerstag, 5. März 2026" in body
    assert body.rstrip().endswith("Müller & Söhne <GmbH>")
