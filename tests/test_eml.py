from email import policy
from email.parser import BytesParser

from reports.eml import certificate_mail_body, write_draft


def test_draft_is_unsent_addressed_and_carries_the_pdf(tmp_path):
    pdf = tmp_path / "Yılmaz_Ayşe_Tagung_2026-03-05.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    body = certificate_mail_body("Frau", "Yılmaz", "Tagung <2026>", "Geschäftsstelle")
    draft = write_draft(tmp_path / "x.eml", to_name="Ayşe Yılmaz", to_address="a.yilmaz@gelsenkirchen.de",
                        subject="Ihre Teilnahmebescheinigung", body=body, attachment=pdf)
    message = BytesParser(policy=policy.default).parsebytes(draft.read_bytes())
    assert message["X-Unsent"] == "1"
    assert "a.yilmaz@gelsenkirchen.de" in message["To"] and "Ayşe Yılmaz" in message["To"]
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == pdf.name and attachment.get_content() == b"%PDF-1.4 test"
    assert "Sehr geehrte Frau Yılmaz" in message.get_body().get_content()
