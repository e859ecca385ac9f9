"""French phrase rules (vous and tu forms). Weights as in en.py.

The text is folded (no accents), so "é" in a pattern matches "e". French rejections turn on
"ne ... pas donner suite", "non retenue", "un autre candidat"; invitations on "entretien",
"rencontrer l'équipe", "vos disponibilités", "créneau".
"""

from __future__ import annotations

from interview_watch.core.rules import rule

L = "fr"
_YOU = r"(?:vous|te|t'|toi)"
_YOUR = r"(?:votre|vos|ton|ta|tes)"
_MEETING = (r"(?:entretien|entretiens|rencontre|échange|rendez-vous|rdv|appel|visio|"
            r"visioconférence|call|réunion|étape|tour|session|point)")

REJECTION = [
    rule("pas_de_suite", "rejection", L, 3,
         r"\b(?:ne|n') ?(?:\w+ ){0,3}(?:pas|plus) (?:\w+ ){0,4}(?:une )?suite\b|"
         r"\bpas (?:pu |pouvoir )?(?:donner )?(?:une |de )?suite (?:favorable|positive)|"
         r"\bsans suite\b|\bsuite défavorable|\breponse (?:negative|défavorable)"),
    rule("not_retained", "rejection", L, 3,
         r"\b(?:n'a|n'ont|ne sera|ne seront|n'avons|n'est|ne sont|n'as|n'avez|ne pourra|ne "
         r"pourrons) (?:\w+ ){0,2}(?:pas|plus) (?:\w+ ){0,2}(?:été )?(?:retenue?s?|sélectionnée?s?|"
         r"choisie?s?|retenir|sélectionner|poursuivre|continuer|admise?s?|admissibles?)\b|\b(?:ne|n') ?(?:\w+ )?(?:retenons|"
         r"retiendrons|sélectionnons|retenez|poursuivons|poursuivrons|continuons|continuerons) "
         r"(?:pas|plus) (?:\w+ ){0,2}(?:candidature|profil|processus|dossier)|\bnon (?:retenue?s?|"
         r"sélectionnée?s?)\b"),
    rule("other_candidate", "rejection", L, 3,
         r"\b(?:partir sur|part sur|partons sur|parti sur|partis sur|partir avec|aller sur|miser sur|retenu|retenir|choisi|choisir|opté pour|"
         r"sélectionné|sélectionner|privilégier|recruter|engager|"
         r"privilégié|orienté vers|préféré|préférer|préférons|proposé le poste "
         r"à|recruté|engagé|embauché|décidé de poursuivre avec|poursuivre (?:le processus |notre "
         r"processus )?avec|continuer (?:le processus |notre processus )?avec|avancer avec|aller "
         r"de l'avant avec) (?:\w+ ){0,2}(?:d'autres|un autre|une autre|autre|un profil|une "
         r"candidature|un candidat|une candidate|des candidats|des profils|une personne|"
         r"quelqu'un d'autre|quelqu'un)\b(?! (?:pour (?:un|le|notre) )?(?:entretien|échange))"),
    rule("not_pursue", "rejection", L, 3,
         r"\b(?:ne|n') ?(?:\w+ ){0,2}pas (?:\w+ ){0,3}(?:poursuivre|continuer|retenir|avancer|aller "
         r"plus loin|vous proposer de poursuivre)\b|\b(?:ne|n') ?(?:\w+ ){0,2}pas plus loin\b|\bne pas (?:poursuivre|continuer|retenir|"
         r"donner suite|avancer|aller plus loin|recruter|pourvoir)\b"),
    rule("other_choice", "rejection", L, 3,
         r"\b(?:choix|décision) (?:\w+ ){0,3}(?:d'un|d'une|de|pour un|pour une) (?:autre|autres)\b|"
         r"\bau profit d'(?:un|une) (?:autre|candidat|candidate|profil)|\b(?:fait|faire|faisons|"
         r"porté) (?:le |notre |un )?choix (?:d'|de |du |pour )(?:un |une |l'|la |le )?(?:autre )?"
         r"(?:candidat|candidate|profil|personne|candidature|quelqu'un)"),
    rule("position_filled", "rejection", L, 3,
         r"\b(?:poste|offre|recrutement|position|mission) (?:\w+ ){0,3}?(?:a (?:déjà |finalement )?"
         r"été|est (?:déjà |désormais |maintenant )?|vient d'être) (?:pourvue?|comblée?|clôturée?|fermée?|"
         r"attribuée?|annulée?|suspendue?|gelée?)|\b(?:comblé|pourvu) (?:le|ce|notre) poste\b(?! "
         r"(?:avec vous|par vous))|\bclôtur\w* (?:donc )?(?:le|ce|notre) "
         r"(?:processus|recrutement)\b|\bclôtur\w* (?:votre|ta) (?:candidature|dossier)\b"),
    rule("not_matching", "rejection", L, 2.5,
         r"\b(?:ne|n') ?(?:\w+ ){0,2}(?:correspond\w*|répond\w*|colle|est|sont|était|étaient) "
         r"(?:pas|plus) (?:tout à fait |entièrement |suffisamment |exactement |pleinement )?"
         r"(?:à|aux|avec|en adéquation|en ligne|alignée?s?|adaptée?s?)"),
    rule("regret", "rejection", L, 2,
         r"\b(?:nous avons le regret|j'ai le regret|au regret de|nous regrettons|je regrette|"
         r"nous sommes (?:au )?(?:désolés|navrés) de (?:vous |t' ?)(?:informer|annoncer))"),
    rule("malheureusement", "rejection", L, 1.5,
         r"\bmalheureusement\b|\bhélas\b|\bà regret\b"),
    rule("good_luck", "rejection", L, 2.5,
         r"\b(?:succès|réussite|bonne chance|plein succès|pleine réussite|nos meilleurs voeux|"
         r"le meilleur) (?:\w+ ){0,2}(?:dans|pour) " + _YOUR + r" (?:\w+ )?(?:recherches?|projets?|"
         r"démarches?|avenir|futures?|carrière|parcours|suite)|\bbonne continuation\b"),
    rule("keep_on_file", "rejection", L, 1.5,
         r"\b(?:conserver|conservons|garder|gardons|conserverons|garderons) (?:\w+ )?" + _YOUR +
         r" (?:cv|candidature|profil|dossier|coordonnées)|\bvivier\b|\bbase de (?:données|"
         r"talents|candidats)\b|\bfutures? (?:opportunités|offres|postes)"),
    rule("more_experience", "rejection", L, 1.5,
         r"\bplus (?:d'|de )?(?:expérience|expérimentée?s?|senior|séniorité)\b|\bprofil plus\b"),
    rule("difficult_decision", "rejection", L, 1.5,
         r"\b(?:décision|choix) (?:\w+ ){0,2}(?:difficile|délicate?)|\bnombreuses candidatures\b|"
         r"\bcandidatures de (?:grande |très grande )?qualité"),
    rule("no_offer", "rejection", L, 3,
         r"\b(?:ne|n') ?(?:\w+ ){0,2}(?:pas|plus) (?:en mesure de )?(?:vous |te )?(?:proposer|"
         r"faire|offrir) (?:\w+ ){0,1}(?:le poste|ce poste|une offre|une proposition|de poste)|"
         r"\b(?:retirer|retirons|annuler|annulons|revenir sur) (?:notre|l'|cette|la) ?(?:offre|"
         r"proposition)\b|\b(?:décidé|choisi|préféré|opté pour) (?:de |d')?(?:poursuivre|continuer|"
         r"relancer|rouvrir) (?:nos|les|notre|la) (?:recherches?|recrutement)\b|\b(?:garder|laisser|"
         r"maintenir) (?:le|ce) poste (?:ouvert|vacant)"),
]

OFFER = [
    rule("propose_role", "offer", L, 3,
         r"\b(?:proposer|proposons|offrir|offrons|faire|formuler|adresser|transmettre) (?:\w+ )?"
         r"(?:le poste|ce poste|un poste|une offre|une proposition|un contrat|un cdi|un cdd|une "
         r"collaboration|un partenariat)"
         r"(?! (?:à|a) (?:un|une|d'autres|quelqu'un))", negatable=True),
    rule("welcome_team", "offer", L, 3,
         r"\b(?:vous |t' ?|te )(?:accueillir|intégrer|recruter|embaucher) (?:au sein|dans|parmi|chez)"
         r"|\bvotre (?:contrat|promesse d'embauche|lettre d'offre|lettre d'embauche)\b|\b(?:envoie|"
         r"envoyer|envoyons|enverrai|enverrons|transmets|transmettre|transmettrai|prépare|préparons|"
         r"préparer) (?:\w+ ){0,2}(?:le|ton|votre) (?:contrat|projet de contrat)\b|\b(?:aimerions|"
         r"aimerait|aimerais|souhaitons|souhaiterions|voudrions|voudrait) (?:beaucoup |vraiment )?"
         r"que (?:tu|vous) (?:nous )?(?:rejoignes|rejoigniez|intègres|intégriez)\b|\bvotre "
         r"arrivée (?:prévue|le|au|chez)|\barrivée prévue\b|\b(?:confirmer|confirmons|confirme) (?:\w+ )?"
         r"(?:votre|ton) (?:recrutement|embauche|engagement|nomination)\b", negatable=True),
    rule("yours", "offer", L, 3, r"\ble poste est (?:à vous|à toi|pour vous|pour toi)\b"),
    rule("offer_letter", "offer", L, 3,
         r"\b(?:promesse (?:d'embauche|de contrat|d'engagement)|lettre d'(?:offre|embauche|"
         r"engagement)|proposition (?:d'embauche|de contrat|salariale|d'emploi|ferme|"
         r"d'engagement)|contrat de travail|offre (?:d'emploi |d'embauche )?(?:formelle|"
         r"officielle|ferme))\b", negatable=True),
    rule("welcome", "offer", L, 3,
         r"\bbienvenue (?:dans|à|a|parmi) (?:l'équipe|notre équipe|bord|la famille|nous)|"
         r"\b(?:ravis?|heureux|heureuse|plaisir|enchantés?) (?:de|d') (?:vous |t' ?|te )(?:accueillir"
         r"|compter parmi|voir rejoindre|avoir (?:dans|parmi))|\bnous rejoindre\b(?! pour| le| "
         r"lors)|\brejoindre (?:l'équipe|notre équipe|l'aventure)", negatable=True),
    rule("selected_for_role", "offer", L, 2,
         r"\b(?:candidature|profil) a été (?:retenue?|sélectionnée?)\b|\b(?:vous avez|tu as) été "
         r"(?:retenue?|sélectionnée?|choisie?)\b", negatable=True,
         unless_after=r" (?:pour (?:la suite|le prochain|un (?:second|deuxième|dernier|prochain|"
                      r"nouvel)|l'étape|la prochaine|le tour|un entretien|une rencontre|passer))"),
    rule("salary_terms", "offer", L, 2.5,
         r"\b(?:salaire|rémunération) (?:annuel(?:le)? )?(?:brut(?:e)? )?(?:annuel(?:le)? )?(?:de|"
         r"fixe|proposée?|convenue?)\b|\bpackage (?:salarial|de rémunération)|\bdate (?:de début"
         r"|d'entrée|de prise de poste|d'arrivée|d'embauche)\b|\bprise de (?:poste|fonction)"),
    rule("signature", "offer", L, 3,
         r"\b(?:contrat|promesse|proposition)\w* (?:\w+ ){0,3}(?:en pièce jointe|ci-joint|"
         r"signée?|à signer|pour signature)|\bà nous retourner signée?"),
    rule("felicitations", "offer", L, 1, r"\bfélicitations\b"),
]

SECOND_INTERVIEW = [
    rule("other_role", "second_interview", L, 0.5,
         r"\b(?:un autre|une autre|un nouveau|une nouvelle) (?:poste|opportunité|position|"
         r"équipe|offre)\b"),
    rule("invitation", "second_interview", L, 3,
         r"\b(?:inviter|invitons|invite|convier|convions|convie|convoquer|convocation|invitation|"
         r"convoquée?s?|conviée?s?|invitée?s?)"
         r" (?:\w+ |l'|d'){0,4}(?:entretien|rencontre|échange|rendez-vous|déjeuner|café|visite|tour|"
         r"étape|rencontrer|échanger|locaux|bureaux|oral|audition|épreuve|jury)", meeting=True, negatable=True),
    rule("next_round", "second_interview", L, 2,
         r"\b(?:second|deuxième|2e|2ème|prochain|dernier|nouvel|nouveau|final|troisième|"
         r"ultime) (?:tour|entretien|échange|rendez-vous|étape d'entretien)|\bentretien (?:final|"
         r"technique|avec (?:le|la|les|notre|nos|l'))\b|\bprochaine étape (?:du processus )?"
         r"(?:sera|est|serait) (?:un|une|de)", negatable=True),
    rule("availability", "second_interview", L, 3,
         r"\b" + _YOUR + r" disponibilités\b|\bquand (?:seriez-vous|êtes-vous|serais-tu|es-tu|"
         r"seriez vous|êtes vous) (?:\w+ )?disponible|\b(?:seriez|êtes|serais|es)-?(?:vous|tu) "
         r"(?:\w+ )?(?:disponibles?|dispos?)\b|\b(?:tu serais|vous seriez|t'es|tu es|serais-tu) dispos?\b|"
         r"\bcréneaux?\b|\bconvient-?(?:il)?\b|\b(?:vous|te) "
         r"conviendrai(?:en)?t|\bfixer (?:un|une|le|la) (?:rendez-vous|date|horaire|créneau|"
         r"entretien|rencontre|moment)|\bprendre rendez-vous|\bplanifier|\borganiser (?:un|une|"
         r"le|la|notre) " + _MEETING, meeting=True, negatable=True,
         unless_after=r" (?:pour (?:démarrer|commencer|une prise de poste|une embauche|un "
                      r"démarrage)|à partir de)"),
    rule("meet_the_team", "second_interview", L, 3,
         r"\b(?:rencontrer|rencontriez|rencontres|rencontre avec|faire la connaissance de|"
         r"échanger avec|présenter à) (?:\w+ |l'|d'){0,3}(?:équipe|fondat\w*|cofondat\w*|directeur|"
         r"directrice|manager|responsable|ceo|cto|associés?|collaborateurs?|dirigeants?|"
         r"collègues|pdg|dg)\b|"
         # the candidate presents work: "que vous présenterez devant le comité", "puis vous le présenterez"
         r"\bvous (?:le |la |les |nous |lui |leur )?(?:présenterez|présenteriez|exposerez|soutiendrez|"
         r"restituerez)\b|(?<!vais\x20)(?<!allons\x20)(?<!pouvons\x20)(?<!devons\x20)(?<!dois\x20)"
         r"\b(?:présenter|exposer|restituer|soutenir)(?! (?:votre|ton|ta|vos|tes|les|des|nos|leurs?) "
         r"(?:candidatures?|profils?|cv|dossiers?|finalistes|candidat\w*)) (?:[\w']+ ){0,3}?(?:devant|à|au|aux|auprès (?:de|du|des))"
         r" (?:l'|le |la |les |notre |nos |un |une )?(?:\w+ )?(?:jury|comité|panel|direction|associés)\b|"
         r"\b(?:prendre|boire) un café|\bdéjeuner avec\b|\bautour d'un café",
         meeting=True, negatable=True),
    rule("talk_with_you", "second_interview", L, 3,
         r"\b(?:souhaite\w*|aimerai\w*|voudrai\w*|propos\w*|ravie?s? de|plaisir de) (?:\w+ ){0,2}"
         r"(?:échanger avec (?:vous|toi)|vous rencontrer|te rencontrer|s'entretenir avec vous|vous "
         r"revoir|te revoir|faire votre connaissance|faire ta connaissance)\b|\b(?:auriez|avez|"
         r"aurais|as)-?(?:vous|tu) (?:\w+ ){0,3}(?:minutes|une heure|un moment|un créneau|du temps)"
         r"\b|\b(?:propose|proposons|proposerais|proposerions|proposer) (?:\w+ ){0,2}?(?:un|une|un "
         r"nouvel|un second|un dernier|un deuxième) (?:\w+ )?(?:échange|entretien|rendez-vous|rdv|"
         r"appel|visio|rencontre|call|déjeuner|café)", meeting=True, negatable=True),
    rule("which_day", "second_interview", L, 3,
         r"\b(?:quel|quels|quelle|quelles) (?:jour|jours|date|dates|créneau|créneaux|horaire|"
         r"moment)s? (?:\w+ ){0,4}(?:vous|te|t') ?(?:arrangerai\w*|conviendrai\w*|irai\w*|"
         r"convien\w*|arrange\w*)|\b(?:vous|t'|te) ?(?:arrangerai\w*|conviendrai\w*)\b|"
         r"\bpasser (?:un moment|du temps|une heure|une demi-journée|la journée) avec (?:vous|toi)",
         meeting=True, negatable=True),
    rule("on_site", "second_interview", L, 3,
         r"\b(?:dans nos (?:locaux|bureaux)|à nos bureaux|sur site|en présentiel|venir (?:nous "
         r"voir|dans nos|à nos|au bureau))", meeting=True, negatable=True),
    rule("reschedule", "second_interview", L, 3,
         r"\b(?:décaler|reporter|déplacer|reprogrammer|modifier|changer) (?:\w+ ){0,2}"
         + _MEETING + r"|\b(?:décaler|reprogrammer)\b|\bnouveau créneau|\bnouvelle date",
         meeting=True, negatable=True),
    rule("move_it", "second_interview", L, 3,
         r"\b(?:le|la|les|l') ?(?:décaler|reporter|déplacer|reprogrammer|décale|reporte|déplace|"
         r"décalons|reportons|déplaçons)\b", meeting=True, negatable=True),
    rule("time_question", "second_interview", L, 1.5,
         r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|matin|après-midi)\b[^.!?\n]{0,40}\?"),
    rule("calendar_invite", "second_interview", L, 3,
         r"\b(?:invitation (?:outlook|teams|google|calendrier)|lien (?:teams|zoom|visio|de "
         r"réservation|de prise de rendez-vous)|(?:l'|une |votre |ton )invitation (?:teams |zoom |outlook )?"
         r"(?:suit|suivra|arrive|arrivera|est (?:en route|partie|envoyée)|(?:vous |t')?a été envoyée|"
         r"vous parviendra|à suivre)|(?:c'est )?(?:noté|confirmé|réservé|bloqué|calé) pour (?:ce |le )?"
         r"(?:lundi|mardi|mercredi|jeudi|vendredi)\b(?!(?: \S+){0,4} (?:démarrage|prise de poste|premier "
         r"jour|arrivée|intégration))|(?:je vous|je t'|nous vous) (?:envoie|envoyons|"
         r"enverrai|enverrons|ai envoyé|avons envoyé) (?:une |l')invitation)|\b(?:statut|étape) ?: ?"
         r"(?:\w+ ){0,2}entretien (?:\w+ )?(?:planifié|programmé|prévu|confirmé)", meeting=True),
    rule("selected_next_step", "second_interview", L, 2.5,
         r"\bretenue? pour (?:la suite|le prochain|un (?:second|deuxième|dernier|prochain|"
         r"nouvel)|l'étape suivante|la prochaine étape|le tour suivant|un entretien|passer)|"
         r"\bpasser (?:à|a) (?:l'étape|la prochaine étape|la suite|l'entretien)",
         negatable=True),
]

INFO_REQUEST = [
    rule("references", "info_request", L, 3,
         r"\b(?:deux|trois|2|3|vos|des|quelques|tes) (?:\w+ )?(?:références|référents|contacts "
         r"de référence)\b|\bcoordonnées (?:de|d'un|de deux|de vos|d'anciens?) (?:\w+ )?"
         r"(?:managers?|responsables?|référents?)|\bprise de références\b"),
    rule("salary_expectations", "info_request", L, 3,
         r"\bprétentions?(?: salariales?)?\b|\b(?:rémunération|salaire) (?:actuel(?:le)?|"
         r"souhaitée?|attendue?|visée?)|\bpréavis\b|\bdate de disponibilité|\bdisponible pour "
         r"(?:démarrer|commencer|une prise)|\bdisponibilités? pour (?:démarrer|commencer|une "
         r"prise)|\bquand (?:pourriez-vous|pourrais-tu) (?:commencer|démarrer)"),
    rule("documents", "info_request", L, 2.5,
         r"\b(?:portfolio|book|diplômes?|attestations?|justificatifs?|pièces? (?:justificatives?|"
         r"d'identité)|échantillons?|exemples? de (?:vos |tes )?(?:travaux|réalisations)|"
         r"réalisations|copie (?:de|du|d') (?:votre|ton|du|vos|tes|la|une)|titre de séjour|"
         r"permis de travail|relevés? de notes|cas pratique|exercice|test technique|cv à jour|"
         r"questionnaire|formulaire|exemples? de code|profil github|github)\b"),
    rule("ask_to_send", "info_request", L, 1.5,
         r"\b(?:pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|merci de|je vous remercie de|"
         r"auriez-vous|serait-il possible de|pourriez vous|pouvez vous|tu pourrais|vous pourriez|"
         r"est-ce que) (?:\w+ ){0,6}(?:envoyer|"
         r"transmettre|communiquer|faire parvenir|partager|indiquer|confirmer|compléter|remplir|"
         r"préciser)"),
    rule("questions", "info_request", L, 1.5,
         r"\b(?:quelques|une|deux|petite) (?:petites? |dernières? )?questions?\b|"
         r"\bcompléments? d'information"),
]

ACKNOWLEDGMENT = [
    rule("thanks", "acknowledgment", L, 1, r"\bmerci (?:beaucoup |encore |bien )?(?:pour|de|d')"),
    rule("nice_meeting", "acknowledgment", L, 1,
         r"\b(?:ravie?|plaisir|enchantée?) (?:de|d') (?:vous|t') ?(?:avoir )?(?:rencontré|"
         r"échangé|parlé)|\bbel échange|\béchange (?:très )?(?:agréable|intéressant)"),
    rule("be_in_touch", "acknowledgment", L, 2,
         r"\b(?:reviendrai|reviendrons|revenir|revenons|reviens) (?:\w+ )?vers " + _YOU +
         r"|\b(?:tenir|tiendrai|tiendrons|tiens|tenons) (?:\w+ )?au courant\b|\b(?:donner|"
         r"donnerai|donnerons) (?:des|de nos|un retour|une réponse|de mes)|\b(?:vous|te) "
         r"recontacter|\brecontacterons|\bun retour (?:rapidement|prochainement|d'ici|sous|la "
         r"semaine|dans les|très vite|dès que)|\bnouvelles (?:rapidement|prochainement|"
         r"très vite|sous|d'ici)"),
    rule("still_deciding", "acknowledgment", L, 2.5,
         r"\bstatut ?: ?(?:en cours|à l'étude|en attente)\b|\b(?:toujours|encore) en (?:cours|train)|\b(?:toujours|encore|actuellement) (?:à l'étude|en "
         r"cours d'(?:étude|examen|analyse))|\bréponse vous sera (?:apportée|donnée|communiquée|"
         r"transmise)|\bprocessus (?:est |reste )?(?:toujours |"
         r"encore )?en cours|\bpas encore (?:pris|de décision|statué|arrêté|terminé)|\baucune "
         r"décision|\b(?:rencontrons|voyons|recevons) (?:encore )?d'autres (?:candidats|"
         r"personnes|profils)|\bretard\b|\bpatience\b|\bprend (?:un peu )?plus de temps"),
    rule("passed_along", "acknowledgment", L, 2,
         r"\b(?:transmis|partagé|fait suivre|transférer|transféré)\b"),
    rule("next_steps", "acknowledgment", L, 1.5,
         r"\b(?:prochaines étapes|suite du processus|la suite|retour)\b"),
]

OTHER = [
    rule("mailing_list", "other", L, 3,
         r"\b(?:se désabonner|désinscrire|désinscription|newsletter|alerte emploi|offres qui "
         r"pourraient vous intéresser)\b"),
    rule("wrong_person", "other", L, 3,
         r"\b(?:mauvaise (?:personne|adresse)|pas la bonne personne|ne fait plus partie|ne "
         r"travaille plus|par erreur|trompée? d'adresse|pas participé)\b"),
    rule("off_topic", "other", L, 3,
         r"\b(?:hors sujet|sans rapport|rien à voir|autre sujet|question perso\w*)\b"),
]

RULES = REJECTION + OFFER + SECOND_INTERVIEW + INFO_REQUEST + ACKNOWLEDGMENT + OTHER
