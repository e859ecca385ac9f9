"""Spanish phrase rules (tú and usted forms, Spain and Latin America). Weights as in en.py.

The text is folded (no accents). Rejections: "continuar con otros candidatos", "no ha sido
seleccionado", "lamentamos comunicarte"; offers: "nos complace ofrecerte", "fecha de
incorporación"; invitations: "segunda entrevista", "tu disponibilidad", "conocer al equipo".
"""

from __future__ import annotations

from interview_watch.core.rules import rule

L = "es"
_YOUR = r"(?:tu|su|tus|sus)"
_APPLICATION = r"(?:candidatura|proceso|solicitud|postulación|aplicación|perfil)"
_MEETING = r"(?:entrevista|reunión|llamada|cita|encuentro|videollamada|charla|sesión)"

REJECTION = [
    rule("other_candidates", "rejection", L, 3,
         r"\b(?:continuar|seguir|avanzar|proseguir|optado|optar|decantado|decantarnos|inclinado|"
         r"inclinamos|decidido|"
         r"seleccionado|elegido|escogido|apostado|quedarnos|quedado|avanzaremos|seguiremos|"
         r"continuaremos|contratado|ofrecido (?:el puesto|la posición) a|eligió|escogió|seleccionó|"
         r"optó|contrató|eligieron|elegimos|escogimos|optamos|seleccionamos|contratamos|incorporar|"
         r"incorporado|incorporamos|fichado|fichar) (?:adelante )?(?:el proceso |la selección )?"
         r"(?:con|por|a) (?:(?:otros?|otras?|un|una|el|la) (?:otros? |otras? |candidato |perfil )?"
         r"(?:candidat|perfil|persona|postulant|aspirant|profesional|finalista)\w*|alguien\b)"
         r"(?! (?:para|a) (?:la|una) (?:entrevista|reunión))"),
    rule("not_selected", "rejection", L, 3,
         r"\bno (?:ha |has |han |hemos |haya )?(?:sido |resultado |salido |fue |fuiste |fueron |ha "
         r"quedado |quedó )?(?:seleccionad[oa]s?|"
         r"considerad[oa]s?|"
         r"elegid[oa]s?|escogid[oa]s?|finalista|exitos[oa])\b|\bno (?:\w+ ){0,3}(?:continuar|"
         r"seguir|avanzar|continuaremos|seguiremos|avanzaremos|prosperado|prosperar|"
         r"continuará|avanzará|seguirá) (?:adelante |avanzando )?(?:con|en) (?:tu|su|el|la) "
         + _APPLICATION + r"|\bno (?:ha|había) podido ser\b|\bno pudo ser\b|\b(?:quedas|quedaste|queda|quedó|has quedado|"
         r"ha quedado) fuera del proceso\b"),
    rule("not_possible", "rejection", L, 2.5,
         r"\bno (?:se )?va a (?:poder|poder ser|ser posible)(?= ?[.!,;]|$)"),
    rule("no_continue", "rejection", L, 3,
         r"\bno (?:podemos|podremos|vamos a|es posible|nos es posible) (?:\w+ ){0,2}(?:continuar"
         r"|seguir|avanzar|ofrecer|ofrecerte|ofrecerle|contar contigo|contar con usted|contar con "
         r"(?:tu|su) (?:perfil|candidatura))\b|"
         r"\bno (?:seguir|continuar|avanzar) adelante"),
    rule("regret", "rejection", L, 2,
         r"\b(?:lamentamos|lamento|sentimos|siento) (?:mucho |profundamente )?(?:comunicar|"
         r"informar|decir|tener que)\w*|\bnos (?:apena|duele) (?:comunicar|informar)"),
    rule("sorry", "rejection", L, 1,
         r"\blo (?:siento|sentimos)\b(?:,? (?:de verdad|mucho|muchísimo))?",
         unless_after=r",? (?:por|el|la|pero) (?:el |la )?(?:retraso|cambio|imprevisto|demora|espera)"),
    rule("lamentablemente", "rejection", L, 1.5,
         r"\b(?:lamentablemente|desafortunadamente|por desgracia|desgraciadamente|"
         r"infelizmente)\b"),
    rule("position_filled", "rejection", L, 3,
         r"\b(?:puesto|vacante|posición|plaza|búsqueda|proceso) (?:ya )?(?:ha sido|fue|está|se "
         r"ha|quedó|ha quedado) (?:ya )?(?:cubiert[oa]|ocupad[oa]|cerrad[oa]|cancelad[oa]|"
         r"finalizad[oa]|congelad[oa]|suspendid[oa]|pausad[oa])|\b(?:puesto|vacante|posición|plaza) "
         r"(?:ya )?se (?:cubrió|cerró|ocupó|canceló|congeló)\b|\b(?:proceso|búsqueda) (?:ya )?se (?:cerró|"
         r"cubrió|resolvió) con (?:un|una|otro|otra) (?:candidat|perfil|persona|postulante)\w*|\b(?:decidido|optado por|preferimos) "
         r"(?:seguir|continuar) (?:buscando|con la búsqueda|entrevistando)\b|\b(?:mantener|dejar|"
         r"reabrir) (?:la|el) (?:vacante|posición|puesto|búsqueda) (?:abiert[oa]|activ[oa])"),
    rule("filled_by_us", "rejection", L, 3,
         r"\b(?:hemos|ya hemos) (?:cubierto|ocupado|cerrado) (?:la|el) (?:vacante|puesto|posición|"
         r"plaza|proceso)\b"),
    rule("not_matching", "rejection", L, 2.5,
         r"\bno (?:\w+ )?(?:se ajusta|encaja|coincide|cumple|corresponde|termina de encajar|se "
         r"adecua|se alinea|es el adecuado|se adapta)"),
    rule("good_luck", "rejection", L, 2.5,
         r"\b(?:éxito|suerte|lo mejor|mejor de los éxitos|mucha suerte) (?:\w+ ){0,2}(?:en|para) "
         + _YOUR + r" (?:\w+ )?(?:búsqueda|futuro|carrera|próxim\w*|proyectos?|camino|trayectoria"
         r"|desarrollo|andadura|retos)"),
    rule("keep_on_file", "rejection", L, 1.5,
         r"\b(?:conservaremos|guardaremos|mantendremos|tendremos en cuenta|tendremos presente) "
         r"(?:\w+ ){0,2}" + _YOUR + r" (?:cv|currículum|curriculum|perfil|candidatura|datos)|"
         r"\bbase de datos\b|\bfutur[oa]s (?:oportunidades|procesos|vacantes|posiciones)"),
    rule("more_experience", "rejection", L, 1.5,
         r"\b(?:más|mayor) (?:experiencia|senior|seniority|trayectoria|experimentad[oa])\b|\bno "
         r"(?:poder|tener|tenemos) (?:darte |darle )?(?:mejores|buenas) noticias\b"),
    rule("difficult_decision", "rejection", L, 1.5,
         r"\bdecisión (?:\w+ ){0,2}(?:difícil|complicada)|\b(?:gran|alto) número de "
         r"candidat|\bcandidatos (?:muy )?(?:cualificados|calificados|fuertes)"),
]

OFFER = [
    rule("count_on_you", "offer", L, 3,
         r"\bnos (?:encantaría|gustaría|alegraría) (?:mucho )?que (?:te|se) (?:incorpor\w+|unieras|"
         r"uniera|unas|una|sumaras|sumes)\b|\b(?:el puesto|la plaza|la posición) es (?:tuy[oa]|suy[oa])"
         r"\b|\b(?:la|nuestra|tu|su) (?:oferta|propuesta) (?:con|formal|por "
         r"escrito|económica|final|definitiva)\b|"
         r"\b(?:contamos|contar|contaremos) (?:contigo|con usted)\b|\b(?:contratarte|contratarle)\b",
         negatable=True),
    rule("pleased_to_offer", "offer", L, 3,
         r"\b(?:nos complace|nos alegra|es un placer|tenemos el placer|encantados de|me complace|"
         r"me alegra|con mucho gusto|nos gustaría) (?:\w+ ){0,3}(?:ofrecer\w*|hacer(?:te|le) "
         r"(?:una|la) (?:oferta|propuesta)|extender\w*|dar(?:te|le) la bienvenida|contar contigo"
         r"|propon(?:er|erte|erle)\w* (?:una|la) (?:colaboracion|contratacion|incorporacion)"
         r"|contar con usted)", negatable=True),
    rule("offer_role", "offer", L, 3,
         r"\b(?:ofrecerte|ofrecerle|ofrecemos|te ofrecemos|le ofrecemos|hacerte una oferta) "
         r"(?:formalmente )?(?:el|la|un|una) (?:puesto|posición|plaza|contrato|oferta|trabajo|"
         r"rol|incorporación)|\b(?:hacerte|hacerle|presentarte|presentarle|enviarte|enviarle) "
         r"(?:una|la|nuestra) (?:oferta|propuesta)\b", negatable=True),
    rule("offer_letter", "offer", L, 3,
         r"\b(?:carta (?:de )?oferta|oferta (?:formal|de empleo|de trabajo|laboral|económica|"
         r"definitiva)|propuesta (?:formal|económica|de contratación|laboral|salarial)|contrato "
         r"(?:de trabajo|laboral|indefinido)|firmar (?:el|tu|su) contrato)\b", negatable=True),
    rule("welcome", "offer", L, 3,
         r"\bbienvenid[oa]s? (?:al|a) (?:equipo|bordo|la familia|nuestro equipo)|\bdar(?:te|le) "
         r"la bienvenida|\b(?:formar|formes|forme) parte (?:de|del) (?:nuestro |el )?equipo|"
         r"\b(?:incorpor(?:es|e|arte|arse)|unirte|unirse|te unas|se una|sumarte|te sumes|se sume) "
         r"(?:a|al) (?:nuestro )?(?:equipo|empresa|compañía|proyecto)|\bqueremos que (?:te unas|"
         r"formes parte|trabajes con nosotros|te incorpores|empieces)",
         negatable=True),
    rule("selected_for_role", "offer", L, 2.5,
         r"\b(?:has|ha) sido (?:seleccionad[oa]|elegid[oa]|escogid[oa])\b", negatable=True,
         unless_after=r" (?:para (?:la|una) (?:siguiente|próxima|segunda|nueva|última)|para "
                      r"(?:la|una) (?:entrevista|fase|etapa|ronda)|para avanzar|para pasar)"),
    rule("salary_terms", "offer", L, 2.5,
         r"\b(?:salario|sueldo|retribución|remuneración|paquete) (?:bruto |anual |fijo |base )*"
         r"(?:de|anual|bruto|propuesto|acordado)\b(?! (?:actual|deseado|esperado))|\bfecha de "
         r"(?:incorporación|inicio|alta)\b|\b(?:documentación|papeles|trámites) (?:para|de) "
         r"(?:la|tu|su) (?:incorporación|alta|contratación)"),
    rule("signature", "offer", L, 3,
         r"\b(?:contrato|oferta|propuesta)\w* (?:\w+ ){0,3}(?:adjunt\w*|firmad\w*|para (?:tu|su) "
         r"firma)|\b(?:te|le|os) (?:enviaremos|enviará|enviarán|mandaremos|mandará|mandarán|"
         r"haremos llegar|hará llegar|hará|harán) (?:llegar )?(?:el|tu|su|la) (?:contrato|carta "
         r"oferta|oferta)\b|\b(?:ha|han|hemos) dicho que sí\b|\bdevolver(?:nos)?la firmada"),
    rule("felicidades", "offer", L, 1, r"\b(?:felicidades|enhorabuena|felicitaciones)\b"),
]

SECOND_INTERVIEW = [
    rule("other_role", "second_interview", L, 0.5,
         r"\b(?:otro|otra|un nuevo|una nueva) (?:puesto|posición|vacante|oportunidad|equipo|"
         r"proceso)\b"),
    rule("invitation", "second_interview", L, 3,
         r"\b(?:invitar|invitarte|invitarle|invitamos|convocar|convocarte|convocarle|convocatoria|"
         r"invitación|te invito|le invito|convocad[oa]s?|citad[oa]s?) (?:\w+ ){0,4}(?:entrevista|reunión|encuentro|conocer|"
         r"llamada|café|visita|fase|ronda|etapa|oficina|oficinas|charla|sesión)",
         meeting=True, negatable=True),
    rule("next_round", "second_interview", L, 2,
         r"\b(?:segunda|siguiente|próxima|última|nueva|tercera|final) (?:entrevista|ronda|fase|"
         r"etapa|reunión)|\bentrevista (?:final|técnica|con (?:el|la|los|nuestro|nuestra))\b",
         negatable=True),
    rule("availability", "second_interview", L, 3,
         r"\b" + _YOUR + r" disponibilidad\b|\bcuándo (?:podrías|podría|estarías|estaría|"
         r"tendrías|tendría|te vendría|le vendría)\b|\b(?:te|le) (?:vendría|viene|iría|va|"
         r"encaja|cuadra) bien\b|\bagendar\b|\b(?:coordinar|programar|organizar|concretar|fijar) "
         r"(?:una|la|el|un|nueva) (?:\w+ )?(?:" + _MEETING + r"|fecha|hora|horario)|\bhuecos?\b|"
         r"\bfranjas?\b|\b(?:te|le|os) (?:encaja|cuadra|viene|va|vendría|iría|sirve|serviría) (?:bien )?(?:el|la|"
         r"este|esta|mañana|lunes|martes|miércoles|jueves|viernes)\b|\b(?:te|le) queda (?:mejor|bien)\b|\bqué (?:día|días|horario|hora)s? "
         r"(?:\w+ ){0,5}(?:te|le|os) (?:queda|viene|va|iría|vendría|encaja)|\breservar (?:un|una) (?:hueco|horario|espacio)|\bhorarios? disponibles?"
         r"|\b(?:estarías|estaría|estás|está) disponible|"
         # the recruiter confirming a slot: "el martes a las 10 nos va bien", "quedamos el jueves"
         r"\b(?:lunes|martes|miércoles|jueves|viernes)(?: [\w:.]+){0,4} (?:nos|me) "
         r"(?:va|viene|queda|encaja|cuadra) (?:bien|perfecto|genial)\b|\bquedamos (?:el|en|para el) "
         r"(?:lunes|martes|miércoles|jueves|viernes)\b", meeting=True, negatable=True,
         unless_after=r" (?:para|de) (?:incorpora\w*|empezar|comenzar|inicio|iniciar|alta)"),
    rule("meet_the_team", "second_interview", L, 3,
         r"\b(?:verte|verle|vernos) (?:otra vez|de nuevo|en persona|nuevamente)\b|"
         r"\b(?:conocer|conozcas|conozca|conocieras|reunirte|reunirse|reunirnos|te reunieras|charlar|"
         r"charlaras|hablar|hablaras|hables|hable|presentarte|presentarle) (?:\w+ ){0,3}(?:equipo|fundador\w*|cofundador\w*|director|directora|ceo"
         r"|cto|responsables?|managers?|socios|compañeros|jefes?|jefas?|directores|directivos)\b|\btomar un café|\b(?:un|a) "
         r"café con\b|\balmorzar con|"
         # the candidate presents work: "luego lo presentas ante el comité", "se lo presentarás al equipo"
         r"(?<!te\x20)\b(?:lo |la |los |las |se lo |se la |nos lo |nos la )?(?:presentas|presentarás|"
         r"presentarías|expones|expondrás|expongas)\b|(?<!voy\x20a\x20)(?<!vamos\x20a\x20)(?<!puedo\x20)"
         r"\bpresentar(?:lo|la|los|las|noslo|nosla)?(?! (?:tu|su|tus|sus|los|las|nuestros) (?:perfil|"
         r"candidatura|cv|finalistas|candidat\w*)) (?:\w+ ){0,3}?(?:ante|al|a la|frente al|frente a la) "
         r"(?:\w+ )?(?:comité|equipo|panel|dirección|jurado|socios|tribunal)\b", meeting=True,
         negatable=True),
    rule("propose_meeting", "second_interview", L, 3,
         r"\b(?:te|le|os) (?:propongo|proponemos|propondría|propondríamos|sugiero|sugerimos) "
         r"(?:una|un|otra|otro|una nueva|una segunda|una última) (?:\w+ )?" + _MEETING + r"|\b(?:nos "
         r"gustaría|queremos|quisiéramos|nos encantaría) (?:tener|hacer|agendar|coordinar|armar) (?:una|"
         r"otra) (?:segunda |nueva |última |próxima )?" + _MEETING + r" (?:contigo|con usted|con vos)\b",
         meeting=True, negatable=True),
    rule("trial_day", "second_interview", L, 3,
         r"\b(?:jornada|día|mañana|turno) de prueba\b|\b(?:te animas|te apetece|te gustaría|"
         r"puedes|podrías|quieres|podés|querés) (?:a )?(?:venir|pasarte|acercarte|conectarte|conectar|"
         r"sumarte)\b", meeting=True,
         negatable=True),
    rule("on_site", "second_interview", L, 3,
         r"\b(?:en (?:nuestra|nuestras) oficinas?|venir a (?:la|nuestra|nuestras) oficina|presencial|pasarte por"
         r" (?:la|nuestra) oficina|visitar (?:nuestra|nuestras|la) oficina)", meeting=True,
         negatable=True),
    rule("reschedule", "second_interview", L, 3,
         r"\b(?:reprogramar|reagendar|cambiar|mover|posponer|aplazar|retrasar|adelantar) (?:\w+ )"
         r"{0,2}" + _MEETING + r"|\b(?:reprogramar|reagendar)\b|\bnueva (?:fecha|hora)",
         meeting=True, negatable=True),
    rule("move_it", "second_interview", L, 3,
         r"\b(?:tendrías|tendría|tienes|tiene|tendrían) (?:\w+ )?(?:disponibilidad|un hueco|tiempo|"
         r"un rato|un momento)\b|\b(?:la|lo) (?:movemos|pasamos|cambiamos|reprogramamos|dejamos|"
         r"hacemos)\b (?:\w+ )?(?:al|para el|el|a las) ", meeting=True, negatable=True),
    rule("time_question", "second_interview", L, 1.5,
         r"\b(?:lunes|martes|miércoles|jueves|viernes|mañana|tarde)\b[^.!?\n]{0,40}\?"),
    rule("calendar_invite", "second_interview", L, 3,
         r"\b(?:invitación (?:de|en|por) (?:calendario|teams|google|outlook|zoom)|enlace (?:de|a) "
         r"(?:teams|zoom|meet|la videollamada|la reunión|calendario|reserva)|(?:te|le) "
         r"(?:envío|enviaré|enviamos|he enviado|hemos enviado|acabo de enviar|acabamos de enviar|mando|"
         r"mandé|mandamos|he mandado|acabo de mandar|envié) (?:una |la )?invitación)|\binvitación "
         r"(?:va|está|sale) en camino\b|\b(?:te|le) llegará (?:la|una) invitación\b",
         meeting=True),
    rule("passed_to_next", "second_interview", L, 2,
         r"\b(?:pasar|pasas|pasado|avanzar|avanzas|avanzado|continuar|continúas|sigues) (?:a|con|"
         r"en|al) (?:la )?(?:siguiente|próxima|segunda|última) (?:fase|etapa|ronda)",
         negatable=True),
]

INFO_REQUEST = [
    rule("references", "info_request", L, 3,
         r"\breferencias\b|\bcartas? de recomendación|\bcontactos? de referencia|\bdatos de "
         r"contacto de (?:\w+ ){0,2}(?:responsables|jefes|managers)"),
    rule("salary_expectations", "info_request", L, 3,
         r"\b(?:expectativas?|pretensi(?:ón|ones)|aspiraci(?:ón|ones)|banda|rango|remuneración) (?:salariales?|pretendida|"
         r"económicas?|de salario)|\bsalario (?:actual|deseado|esperado|bruto actual)|"
         r"\bpreaviso\b|\bdisponibilidad (?:para|de) (?:incorporar\w*|empezar|comenzar|inicio)|"
         r"\bcuándo (?:podrías|podría) (?:incorporarte|incorporarse|empezar|comenzar)"),
    rule("documents", "info_request", L, 2.5,
         r"\b(?:portafolio|portfolio|títulos?|certificados?|documentación|copia de|muestras? de|"
         r"ejemplos? de (?:tu|su) trabajo|permiso de trabajo|dni|nie|pasaporte|prueba técnica|"
         r"caso práctico|ejercicio|formulario|cuestionario|cv actualizado|titulación|vida laboral|"
         r"nóminas?|carta de recomendación|cuil|cuit|curp|rfc|nss|número de (?:la )?seguridad social|"
         r"constancia de situación fiscal)\b"),
    rule("ask_to_send", "info_request", L, 1.5,
         r"\b(?:podrías|podría|puedes|puede|te agradecería|le agradecería|te pedimos|le pedimos|"
         r"te pediría|necesitamos|necesitaríamos|nos gustaría que|por favor|solicitamos|le rogamos|"
         r"te rogamos) (?:\w+ ){0,5}"
         r"(?:enviar\w*|envíes|envíe|mandar\w*|mandes|compartir\w*|compartas|facilitar\w*|"
         r"facilites|adjuntar\w*|indicar\w*|indiques|completar|rellenar|confirmar\w*|aport\w+|"
         r"remit\w+|present\w+)"),
    rule("questions", "info_request", L, 1.5,
         r"\b(?:unas|algunas|un par de|una|dos) (?:pequeñas |breves |últimas )?preguntas\b|"
         r"\binformación adicional\b"),
]

ACKNOWLEDGMENT = [
    rule("thanks", "acknowledgment", L, 1, r"\b(?:muchas )?gracias (?:por|a ti|a usted)"),
    rule("nice_meeting", "acknowledgment", L, 1,
         r"\b(?:un placer|encantad[oa]) (?:de )?(?:conocerte|conocerle|hablar|charlar)|"
         r"\b(?:fue|ha sido) un placer"),
    rule("be_in_touch", "acknowledgment", L, 2,
         r"\b(?:nos pondremos|me pondré|te contactaremos|le contactaremos|te escribiremos|te "
         r"escribiré|te mantendremos|te mantendré|te mantenemos|le mantendremos|les mantendremos|"
         r"le mantendré|acusamos recibo|acuso recibo|te informaremos|le informaremos|"
         r"te daremos|le daremos|te daré|le daré|volveremos a contactar|te contactaré|te diremos|"
         r"le diremos|te avisamos|te avisaremos|le avisaremos|te avisaré)\b|\ben "
         r"cuanto (?:tengamos|sepamos|tenga|sepa)\b|\b(?:te|le) (?:contaré|comentaré|cuento algo|"
         r"digo algo)\b"),
    rule("still_deciding", "acknowledgment", L, 2.5,
         r"\bestado(?: de (?:tu|su) candidatura)? ?: ?(?:en revisión|en proceso|en evaluación|"
         r"recibid[oa])\b|\b(?:seguimos|estamos|continuamos) (?:aún |todavía )?(?:en (?:el )?proceso|evaluando|"
         r"entrevistando|revisando|valorando|analizando|conociendo)|\b(?:aún|todavía) no (?:hemos|"
         r"tenemos|se ha) (?:tomado|una decisión|decidido|noticias|cerrado)|\b(?:todavía|aún) "
         r"(?:tenemos que|nos quedan?|queda|hay que) (?:entrevistar|ver|conocer|un par|algunas|"
         r"\w+ entrevistas)|\bdecisión final "
         r"(?:\w+ ){0,3}(?:semana|próxim|días)|\bretraso\b|\bpaciencia\b|\bse (?:está|ha) "
         r"retrasado|\bse (?:retrasará|va a retrasar|retrasa)\b"),
    rule("passed_along", "acknowledgment", L, 2,
         r"\b(?:he|hemos) (?:trasladado|compartido|reenviado|pasado) (?:tu|su) (?:mensaje|correo|"
         r"agradecimiento|nota)"),
    rule("next_steps", "acknowledgment", L, 1.5,
         r"\b(?:próximos pasos|siguientes pasos|novedades|noticias|respuesta)\b"),
]

OTHER = [
    rule("mailing_list", "other", L, 3,
         r"\b(?:darse de baja|darte de baja|cancelar (?:la |tu )?suscripción|boletín|newsletter|"
         r"alerta de empleo|ofertas que te pueden interesar)\b"),
    rule("wrong_person", "other", L, 3,
         r"\b(?:persona equivocada|dirección equivocada|no soy la persona|ya no (?:trabajo|formo "
         r"parte|estoy) (?:en|de)|por error|por equivocación)\b"),
    rule("off_topic", "other", L, 3,
         r"\b(?:totalmente aparte|nada que ver|otro tema|fuera de tema|pregunta personal)\b"),
]

RULES = REJECTION + OFFER + SECOND_INTERVIEW + INFO_REQUEST + ACKNOWLEDGMENT + OTHER
