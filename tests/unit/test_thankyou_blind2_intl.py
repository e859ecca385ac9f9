"""Blind set, round 2: thank-yous in German, French and Spanish, written before reading the
detector (see test_thankyou_blind2.py)."""

from __future__ import annotations

import pytest

from tests.unit.test_thankyou_blind2 import case, check

POSITIVES = [
    case("lena-de-formal", "Vielen Dank für das Gespräch",
         "Sehr geehrte Frau Wagner,\n\nvielen Dank für das freundliche Gespräch heute und die "
         "Möglichkeit, mich als Projektleiter Digitalisierung vorzustellen. Die Einblicke in Ihre "
         "laufenden Projekte haben mein Interesse noch verstärkt.\n\nMit freundlichen Grüßen\n"
         "Lena Hoffmann", ("wagner@stadtwerke-nord.de",),
         company=("Stadtwerke Nord", "Stadtwerke-nord"), role="Projektleiter Digitalisierung"),
    case("jonas-de-startup-du", "Danke!",
         "Hi Jonas,\n\ndanke nochmal für das nette Gespräch gestern! Hat mir echt Spaß gemacht, mehr "
         "über euer Team und die Rolle als Frontend-Entwickler zu erfahren.\n\nLiebe Grüße\nTim",
         ("jonas@flinkr.de",), company=("Flinkr",), role="Frontend-Entwickler"),
    case("selin-de-werkstudent", "Vorstellungsgespräch am 12.03. – Werkstudent Marketing",
         "Liebe Frau Öztürk,\n\nherzlichen Dank für das Vorstellungsgespräch heute. Ich habe mich sehr "
         "gefreut, Sie und das Team kennenzulernen.\n\nViele Grüße\nSelin Aydin",
         ("oeztuerk@gruenwerk.de",), company=("Gruenwerk", "Grünwerk"), role="Werkstudent Marketing"),
    case("markus-de-bedanken-telefon", "Unser Telefoninterview",
         "Sehr geehrter Herr Krämer,\n\nich möchte mich noch einmal für das angenehme Telefoninterview "
         "am Dienstag bedanken. Die Stelle als Controller passt sehr gut zu meinen Erfahrungen.\n\n"
         "Freundliche Grüße\nMarkus Vogel", ("kraemer@alpen-logistik.at",),
         company=("Alpen-logistik", "Alpen Logistik"), role="Controller"),
    case("petra-de-reply-einladung", "AW: Einladung zum Vorstellungsgespräch – Teamleitung Buchhaltung",
         "Liebe Frau Schulz,\n\nnochmals vielen Dank für das offene Gespräch heute Vormittag und die "
         "Zeit, die Sie und Herr Lang sich genommen haben.\n\nBeste Grüße\nPetra Neumann\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Schulz, Anja <a.schulz@hansa-versicherung.de>\n"
         "Gesendet: Montag, 9. März 2026 09:14\nBetreff: Einladung zum Vorstellungsgespräch – "
         "Teamleitung Buchhaltung\n\nwir laden Sie herzlich am Donnerstag um 10 Uhr ein.",
         ("a.schulz@hansa-versicherung.de",), cc=("m.lang@hansa-versicherung.de",),
         company=("Hansa-versicherung", "Hansa Versicherung"), role="Teamleitung Buchhaltung"),
    case("dieter-de-panel-exec", "Unser Gespräch am Mittwoch",
         "Sehr geehrte Damen und Herren,\n\nfür das sehr interessante Gespräch am Mittwoch und Ihr "
         "Vertrauen bedanke ich mich herzlich. Die Position des kaufmännischen Geschäftsführers "
         "reizt mich sehr.\n\nMit besten Grüßen\nDr. Dieter Brandt",
         ("vorstand@rheinmetallbau.de", "personal@rheinmetallbau.de"),
         company=("Rheinmetallbau",), role="kaufmännischen Geschäftsführer"),
    case("claire-fr-formal", "Remerciements – entretien Chargée de communication",
         "Madame Lefèvre,\n\nJe tenais à vous remercier pour l'entretien de ce matin concernant le "
         "poste de Chargée de communication. Notre échange a confirmé ma motivation.\n\nJe vous prie "
         "d'agréer, Madame, mes salutations distinguées.\nClaire Dubois",
         ("m.lefevre@groupe-atlas.fr",), company=("Groupe Atlas", "Groupe-atlas", "Atlas"),
         role="Chargée de communication"),
    case("hugo-fr-tutoiement", "Merci !",
         "Bonjour Julien,\n\nmerci encore pour l'échange d'hier, j'ai beaucoup apprécié la discussion "
         "sur l'architecture de la plateforme.\n\nÀ bientôt,\nHugo", ("julien@datakoala.fr",),
         company=("Datakoala", "DataKoala")),
    case("sophie-fr-reply-confirmation", "RE: Confirmation entretien – Développeur Full Stack",
         "Bonjour Madame Martin,\n\nMerci pour votre temps aujourd'hui et pour la présentation de "
         "l'équipe produit. Je reste à votre disposition pour toute information complémentaire.\n\n"
         "Cordialement,\nSophie Bernard", ("c.martin@logiciels-azur.fr",),
         company=("Logiciels-azur", "Logiciels Azur"), role="Développeur Full Stack"),
    case("gilles-fr-exec", "Notre entretien de mardi",
         "Monsieur le Président,\n\nJe vous remercie vivement de l'entretien que vous m'avez accordé "
         "mardi au sujet de la direction financière du groupe. Je suis convaincu de pouvoir "
         "contribuer à votre développement.\n\nVeuillez agréer mes respectueuses salutations.\n"
         "Gilles Moreau", ("president@fonderies-loire.fr",),
         company=("Fonderies-loire", "Fonderies Loire", "Fonderies de Loire")),
    case("amelie-fr-quebec-entrevue", "Merci pour l'entrevue",
         "Bonjour Mme Tremblay,\n\nMerci beaucoup pour l'entrevue d'hier pour le poste de "
         "technicienne en laboratoire. J'ai bien aimé visiter le labo.\n\nBonne journée,\nAmélie",
         ("tremblay@biolab-qc.ca",), company=("Biolab-qc", "Biolab", "Biolab QC"), role="technicienne en laboratoire"),
    case("lucia-es-formal", "Agradecimiento – entrevista Analista de Datos",
         "Estimada Sra. García:\n\nMuchas gracias por la entrevista de esta mañana para el puesto de "
         "Analista de Datos. Me encantó conocer al equipo y los proyectos de inteligencia de "
         "negocio.\n\nUn cordial saludo,\nLucía Fernández", ("mgarcia@bancoiberia.es",),
         company=("Bancoiberia", "Banco Iberia"), role="Analista de Datos"),
    case("pablo-es-latam-casual", "¡Gracias!",
         "Hola Pablo,\n\n¡gracias por la charla de ayer! Me quedé con muchas ganas de sumarme al "
         "equipo de producto.\n\nSaludos,\nMateo", ("pablo@mercadito.com.ar",),
         company=("Mercadito",)),
    case("andrea-es-mx-agradezco", "Seguimiento a nuestra conversación",
         "Estimado Lic. Hernández:\n\nLe agradezco la oportunidad de conversar con usted el día de hoy "
         "sobre la vacante de Gerente de Ventas. Quedo atenta a cualquier información adicional que "
         "requiera.\n\nSaludos cordiales,\nAndrea Ruiz", ("jhernandez@grupoaltamira.mx",),
         company=("Grupoaltamira", "Grupo Altamira"), role="Gerente de Ventas"),
    case("javier-es-agradecerle", "Entrevista del martes",
         "Buenas tardes, Sr. Molina:\n\nQuería agradecerle nuevamente el tiempo dedicado en la "
         "entrevista del martes. Sigo muy interesado en el puesto de Ingeniero de Software.\n\n"
         "Atentamente,\nJavier Ortega", ("molina@tecnova.es",), company=("Tecnova",),
         role="Ingeniero de Software"),
    case("marta-es-reply-thread", "RE: Entrevista – Técnica de Recursos Humanos",
         "Hola Carmen,\n\nmil gracias por la entrevista de hoy y por explicarme tan bien el proceso "
         "de selección. Quedo a vuestra disposición.\n\nUn abrazo,\nMarta\n\nEl lun, 9 mar 2026 a "
         "las 9:30, Carmen Vidal <cvidal@hoteles-mar.es> escribió:\n> Te esperamos el jueves a las "
         "11:00 en nuestras oficinas.", ("cvidal@hoteles-mar.es",),
         company=("Hoteles-mar", "Hoteles Mar"), role="Técnica de Recursos Humanos"),
    case("kenji-de-english-to-german-company", "Thank you for the interview",
         "Dear Mr. Fischer,\n\nthank you for the interview on Monday for the Embedded Software "
         "Engineer position. I am very motivated to join your team in Stuttgart.\n\nBest regards\n"
         "Kenji Watanabe", ("fischer@sensortech.de",), company=("Sensortech",),
         role="Embedded Software Engineer"),
    case("nadia-fr-html-signature", "Merci pour l'entretien",
         "<div>Bonjour Monsieur Petit,</div><div><br></div><div>Un grand merci pour l'entretien de cet "
         "après-midi et pour le temps que vous m'avez consacré.</div><div><br></div><div>Bien à vous,"
         "</div><div>Nadia Benali<br>Ingénieure QA · +33 6 12 34 56 78</div><div style='color:#999'>"
         "Ce message et ses pièces jointes sont confidentiels. Merci de le détruire si vous n'en "
         "êtes pas le destinataire.</div>", ("petit@qualiteo.fr",), html=True,
         company=("Qualiteo",)),
]


@pytest.mark.parametrize("msg, company, role", POSITIVES)
def test_blind2_thank_you_intl(msg, company, role):
    check(msg, company, role)
