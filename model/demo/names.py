"""Names of people as they appear in the address books of NRW town halls, with their real letters.

Each origin has female and male first names and last names. Slavic, Greek and Russian last
names change with gender; ``last_name_for`` derives the female form from the listed (male) one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NameOrigin:
    key: str
    weight: float
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


NAME_ORIGINS = (
    NameOrigin(
        "german",
        0.57,
        _split("""Anna, Julia, Katharina, Sabine, Claudia, Petra, Andrea, Stefanie, Nicole, Birgit,
            Susanne, Christina, Laura, Lena, Sarah, Miriam, Ulrike, Heike, Monika, Jana, Kerstin,
            Anke, Silke, Martina, Nadine, Maren, Friederike, Johanna, Charlotte, Anja, Britta,
            Dörte, Jutta, Bärbel, Lisa, Hannah, Franziska, Tanja, Vanessa, Elke, Marie-Luise,
            Annegret, Sophie, Carolin, Theresa, Gesa, Wiebke, Insa"""),
        _split("""Thomas, Michael, Andreas, Stefan, Markus, Frank, Jörg, Jürgen, Uwe, Klaus, Martin,
            Christian, Tobias, Jan, Matthias, Sebastian, Daniel, Dirk, Ralf, Holger, Björn, Sven,
            Carsten, Tim, Florian, Philipp, Benedikt, Hendrik, Lukas, Jens, Volker, Rüdiger,
            Günter, Bernd, Hans-Peter, Karl-Heinz, Felix, Moritz, Georg, Wolfgang, Jörn, Malte,
            Till, Niklas, Heiner, Ansgar"""),
        _split("""Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz,
            Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz,
            Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause,
            Meier, Lehmann, Schulze, Köhler, Herrmann, König, Walter, Kaiser, Fuchs, Peters, Lang,
            Scholz, Möller, Weiß, Jung, Hahn, Schubert, Vogel, Friedrich, Keller, Günther, Berger,
            Winkler, Roth, Beck, Lorenz, Baumann, Franke, Albrecht, Schuster, Simon, Ludwig, Böhm,
            Winter, Kraus, Schumacher, Krämer, Vogt, Stein, Jäger, Otto, Sommer, Groß, Seidel,
            Heinrich, Brandt, Haas, Schreiber, Graf, Schulte, Dietrich, Kuhn, Kühn, Pohl, Engel,
            Horn, Busch, Bergmann, Voigt, Sauer, Arnold, Wolff, Pfeiffer, Brinkmann, Kortmann,
            Overbeck, Terhorst, Hülsmann, Wiesmann, Pieper, Kötter, Schürmann, Tiemann,
            Westermann, Rüther, Büscher, Große-Wilde, Schulte-Hüsken, Niehaus, Wessels,
            Hölscher, Deppe, Oberdörster, van den Berg, ter Horst"""),
    ),
    NameOrigin(
        "turkish",
        0.12,
        _split("""Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Büşra, Derya, Gülsüm, Sevgi,
            Özlem, Aylin, Esra, Songül, Dilek, Şule, Nur, Yasemin, Gizem, Çiğdem, Ebru, Tuğba,
            İpek, Gülay"""),
        _split("""Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf,
            Murat, Ömer, Emre, Burak, Serkan, Cem, Kerem, Onur, Tolga, Uğur, Gökhan, Çağlar,
            Barış, Oğuz, Volkan"""),
        _split("""Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir,
            Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz,
            Erdem, Güneş, Akgül, Bulut, Aktaş, Keskin, Ünal, Tekin, Karakaş, Başaran, Gündoğdu,
            Türkmen, Uçar, Erdoğdu, Işık, İnce"""),
    ),
    NameOrigin(
        "polish",
        0.06,
        _split("""Agnieszka, Małgorzata, Katarzyna, Joanna, Magdalena, Ewa, Marta, Dorota, Beata,
            Żaneta, Bożena, Grażyna, Iwona, Justyna, Urszula"""),
        _split("""Łukasz, Paweł, Piotr, Krzysztof, Tomasz, Marcin, Michał, Grzegorz, Wojciech,
            Jarosław, Mirosław, Rafał, Sławomir, Przemysław, Bartłomiej"""),
        _split("""Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski,
            Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Mazur, Kwiatkowski, Krawczyk,
            Kaczmarek, Grabowski, Pawłowski, Król, Wieczorek, Jabłoński, Wróbel, Stępień,
            Malinowski, Sikora, Baran, Szewczyk, Pietrzak, Zawadzki, Bąk, Chmielewski,
            Włodarczyk, Sokołowski, Kubiak, Kaźmierczak, Cieślak, Głowacki, Kołodziej,
            Ziółkowski, Przybylski"""),
    ),
    NameOrigin(
        "arabic",
        0.04,
        _split("Fatima, Amira, Layla, Nour, Rania, Samira, Yasmin, Hanan, Dalia, Mariam, Rasha, Nadia"),
        _split("Mohammed, Ahmad, Omar, Khaled, Karim, Tarek, Samir, Youssef, Bilal, Hassan, Rami, Walid, Nabil"),
        _split("""Al-Khatib, Haddad, Khalil, Nasser, Saleh, Mansour, Hamdan, El-Sayed, Abdallah,
            Darwish, Awad, Al-Masri, Bakri, Chahrour, Hussein, Jaber, Aziz, Mahmoud, El Amrani,
            Bouzidi, El Khattabi, Benali"""),
    ),
    NameOrigin(
        "italian",
        0.04,
        _split("Giulia, Francesca, Chiara, Federica, Alessandra, Valentina, Silvia, Paola, Rosaria"),
        _split("Giuseppe, Marco, Luca, Antonio, Salvatore, Francesco, Giovanni, Matteo, Niccolò"),
        _split("""Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco,
            Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Lombardi, Moretti, D'Angelo,
            Caruso, Santoro, Rinaldi, Ferrara, Martinelli, Vitale, Lo Bianco, Di Stefano"""),
    ),
    NameOrigin(
        "greek",
        0.03,
        _split("Eleni, Maria, Katerina, Sofia, Dimitra, Georgia, Vasiliki, Despina, Anastasia"),
        _split("Georgios, Dimitrios, Konstantinos, Nikolaos, Ioannis, Christos, Panagiotis, Vasilios"),
        _split("""Papadopoulos, Georgiou, Nikolaidis, Konstantinidis, Papadakis, Alexiou,
            Oikonomou, Karagiannis, Vlachos, Dimitriou, Papageorgiou, Theodoridis"""),
    ),
    NameOrigin(
        "russian",
        0.04,
        _split("Olga, Natalia, Swetlana, Tatjana, Irina, Jelena, Ljudmila, Jekaterina, Xenia, Walentina"),
        _split("Alexander, Sergej, Dmitri, Andrej, Wladimir, Nikolai, Jewgeni, Viktor, Juri, Igor"),
        _split("""Iwanow, Petrow, Smirnow, Kusnezow, Popow, Wolkow, Sokolow, Lebedew, Morosow,
            Nowikow, Fedorow, Friesen, Janzen, Klassen, Penner, Dyck, Wiebe, Neufeld, Reimer"""),
    ),
    NameOrigin(
        "balkan",
        0.03,
        _split("Ana, Ivana, Marija, Jelena, Maja, Mirela, Amra, Lejla, Snježana, Dragana"),
        _split("Ivan, Marko, Josip, Nikola, Dragan, Emir, Adnan, Zoran, Damir, Goran, Mirza"),
        _split("""Horvat, Kovačević, Babić, Marić, Jurić, Kovačić, Knežević, Vuković, Marković,
            Petrović, Hodžić, Hadžić, Begić, Delić, Tomić, Pavlović, Božić, Đorđević"""),
    ),
    NameOrigin(
        "vietnamese",
        0.02,
        _split("Thị Lan, Thu Hà, Ngọc Ánh, Thanh Hương, Minh Thư, Phương Linh, Hồng Nhung"),
        _split("Văn Minh, Đức Anh, Quốc Bảo, Hoàng Nam, Thành Long, Tuấn Anh, Văn Hùng"),
        _split("Nguyễn, Trần, Lê, Phạm, Hoàng, Phan, Vũ, Đặng, Bùi, Đỗ"),
    ),
    NameOrigin(
        "romanian",
        0.02,
        _split("Ioana, Andreea, Mihaela, Elena, Alexandra, Cristina, Ștefania, Oana"),
        _split("Andrei, Mihai, Ștefan, Ionuț, Răzvan, Bogdan, Cătălin, Adrian"),
        _split("""Popescu, Ionescu, Dumitrescu, Stănescu, Munteanu, Constantinescu, Răducanu,
            Tănase, Lăcătuș, Bălan, Vlădescu, Stoica"""),
    ),
    NameOrigin(
        "iberian",
        0.01,
        _split("Carmen, Lucía, Inês, Beatriz, Marisol"),
        _split("José, Javier, João, Rui, Álvaro"),
        _split("García, Fernández, Martínez, Rodríguez, Gonçalves, Pereira, Ferreira, Muñoz"),
    ),
    NameOrigin(
        "persian",
        0.02,
        _split("Farzaneh, Shirin, Mahsa, Parisa, Nasrin"),
        _split("Reza, Mehdi, Amir, Dariush, Kian"),
        _split("Ahmadi, Hosseini, Karimi, Rahimi, Moradi, Tehrani, Sadeghi"),
    ),
)


def last_name_for(origin: str, last_name: str, female: bool) -> str:
    """The gendered form of a last name (Kowalski → Kowalska, Iwanow → Iwanowa …)."""
    if not female:
        return last_name
    if origin == "polish" and last_name.endswith(("ski", "cki", "dzki")):
        return last_name[:-1] + "a"
    if origin == "russian" and last_name.endswith(("ow", "ew", "in")):
        return last_name + "a"
    if origin == "greek":
        if last_name.endswith("os"):
            return last_name[:-2] + "ou"
        if last_name.endswith("idis"):
            return last_name[:-4] + "idou"
        if last_name.endswith("is"):
            return last_name[:-1]
    return last_name


# German conventions first (Müller → mueller), then the accent-free base letter.
_EMAIL_FOLDS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ı": "i", "đ": "d", "'": "", " ": "-"}
)


def email_local_part(first_name: str, last_name: str) -> str:
    """``vorname.nachname`` in plain ASCII ("Łukasz Żółć" → "lukasz.zolc")."""
    import unicodedata

    def ascii_fold(text: str) -> str:
        lowered = text.lower().translate(_EMAIL_FOLDS)
        decomposed = unicodedata.normalize("NFKD", lowered)
        return "".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch in "-."))

    return f"{ascii_fold(first_name)}.{ascii_fold(last_name)}"


ACADEMIC_TITLES = ("Dr.", "Dr.", "Dr.", "Dr.-Ing.", "Dr. phil.", "Dipl.-Ing.")

CONSENT_SCOPES = (
    "Einladungen und Informationen per E-Mail",
    "Einladungen und Teilnehmendenlisten",
    "Einladungen, Teilnehmendenlisten und Fotos",
    "Einladungen, Teilnehmendenlisten, Fotos und Mitgliederverzeichnis",
)
CONSENT_SOURCES = (
    "Anmeldeformular",
    "Online-Anmeldung",
    "Einwilligungserklärung (Papier)",
    "E-Mail",
    "Netzwerktreffen (Liste)",
)
LEAVING_NOTES = (
    "Ausgeschieden (Ruhestand).",
    "Stelle gewechselt, Nachfolge noch offen.",
    "Elternzeit, danach anderer Fachbereich.",
    "Ausgeschieden; Kontakt nur noch für Altvorgänge.",
)
MOBILE_PREFIXES = ("0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0176", "0179")
PRIVATE_MAIL_DOMAINS = ("t-online.de", "gmx.de", "web.de", "posteo.de")
