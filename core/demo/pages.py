"""Demo content for the home page, News & Events and "About GESS", in en, fr and es.

Page content is data, written directly in each language. A body is a list of
``(block_type, value)`` pairs: ``heading`` takes plain text and ``paragraph``
takes rich text HTML. ``{about_link}`` in the home page body is replaced by a
link to the About page in the same language.
"""

HOME = {
    "en": {
        "intro": (
            "<p>GESS is the knowledge and collaboration portal for the <b>extension of social "
            "protection</b>. Find resources, country profiles and experts, work with your "
            "project team in a shared workspace, and follow the news and events of the "
            "community, in English, French and Spanish.</p>"
        ),
        "body": [
            ("heading", "Three platforms, one portal"),
            (
                "paragraph",
                "<p>GESS carries on the work of three platforms of the International Labour "
                "Office: GESS on the extension of social security, GIMI on micro-insurance and "
                "CIARIS on social inclusion. {about_link}</p>",
            ),
        ],
        "about_link_text": "Read more about GESS",
    },
    "fr": {
        "intro": (
            "<p>GESS est le portail de connaissances et de collaboration pour l'<b>extension "
            "de la protection sociale</b>. Vous y trouverez des ressources, des profils de pays "
            "et des experts, des espaces de travail pour vos équipes de projet, ainsi que "
            "l'actualité et les événements de la communauté, en français, en anglais et en "
            "espagnol.</p>"
        ),
        "body": [
            ("heading", "Trois plates-formes, un seul portail"),
            (
                "paragraph",
                "<p>GESS prolonge le travail de trois plates-formes du Bureau international du "
                "Travail : GESS sur l'extension de la sécurité sociale, GIMI sur la "
                "micro-assurance et CIARIS sur l'inclusion sociale. {about_link}</p>",
            ),
        ],
        "about_link_text": "En savoir plus sur GESS",
    },
    "es": {
        "intro": (
            "<p>GESS es el portal de conocimiento y colaboración para la <b>extensión de la "
            "protección social</b>. Encontrará recursos, perfiles de países y expertos, "
            "espacios de trabajo para sus equipos de proyecto y las noticias y eventos de la "
            "comunidad, en español, inglés y francés.</p>"
        ),
        "body": [
            ("heading", "Tres plataformas, un solo portal"),
            (
                "paragraph",
                "<p>GESS continúa la labor de tres plataformas de la Oficina Internacional del "
                "Trabajo: GESS sobre la extensión de la seguridad social, GIMI sobre los "
                "microseguros y CIARIS sobre la inclusión social. {about_link}</p>",
            ),
        ],
        "about_link_text": "Más información sobre GESS",
    },
}

NEWS_INDEX = {
    "en": {
        "slug": "news",
        "title": "News & Events",
        "intro": (
            "News from the social protection community, and the courses, workshops and "
            "conferences to come."
        ),
    },
    "fr": {
        "slug": "news",
        "title": "Actualités et événements",
        "intro": (
            "L'actualité de la communauté de la protection sociale, et les formations, ateliers "
            "et conférences à venir."
        ),
    },
    "es": {
        "slug": "news",
        "title": "Noticias y eventos",
        "intro": (
            "La actualidad de la comunidad de la protección social y los próximos cursos, "
            "talleres y conferencias."
        ),
    },
}

ABOUT = {
    "en": {
        "slug": "about",
        "title": "About GESS",
        "intro": (
            "GESS brings together, in one portal and in three languages, what three ILO "
            "platforms offered to people working to extend social protection: GESS, GIMI "
            "and CIARIS."
        ),
        "body": [
            ("heading", "GESS: Global Extension of Social Security"),
            (
                "paragraph",
                "<p>Launched in 2007 by the ILO Social Security Department and its STEP "
                "programme, as part of the Global Campaign on Social Security and Coverage for "
                "All, GESS offered resources, tools, training and technical assistance for "
                "designing extension strategies suited to each country, a knowledge base, "
                "country profiles and online workspaces where project teams could work "
                "together.</p>",
            ),
            ("heading", "GIMI: Global Information on Micro-Insurance"),
            (
                "paragraph",
                "<p>GIMI served the micro-insurance community: a library, a French-English "
                "glossary of more than 100 terms, databases of experts and of schemes in "
                "Africa, Asia and Latin America, free management software for health "
                "micro-insurance schemes, discussion lists and the G-NEWS newsletter. By "
                "September 2007 it had more than 300 registered users from over 50 "
                "countries.</p>",
            ),
            ("heading", "CIARIS: learning and resource centre on social inclusion"),
            (
                "paragraph",
                "<p>CIARIS gathered people fighting social exclusion in more than 20 countries "
                "of Africa, Latin America, Asia and Eastern and Western Europe, from "
                "policy-makers to local practitioners. Members kept blogs, ran workspaces for "
                "their projects and shared practices in a common resource database.</p>",
            ),
            ("heading", "One portal"),
            (
                "paragraph",
                "<p>This portal keeps what made the three platforms useful: shared "
                "resources, a community of practitioners and places to work together. It "
                "offers all of it in English, French and Spanish.</p>",
            ),
        ],
    },
    "fr": {
        "slug": "a-propos",
        "title": "À propos de GESS",
        "intro": (
            "GESS réunit, en un seul portail et en trois langues, ce que trois plates-formes "
            "du BIT offraient aux acteurs de l'extension de la protection sociale : GESS, GIMI "
            "et CIARIS."
        ),
        "body": [
            ("heading", "GESS : l'extension de la sécurité sociale dans le monde"),
            (
                "paragraph",
                "<p>Lancée en 2007 par le Département de la sécurité sociale du BIT et son "
                "programme STEP, dans le cadre de la Campagne mondiale sur la sécurité sociale "
                "et la couverture pour tous, GESS proposait des ressources, des outils, des "
                "formations et une assistance technique pour concevoir des stratégies "
                "d'extension adaptées à chaque pays, une base de connaissances, des profils de "
                "pays et des espaces de travail en ligne où les équipes de projet pouvaient "
                "travailler ensemble.</p>",
            ),
            ("heading", "GIMI : l'information mondiale sur la micro-assurance"),
            (
                "paragraph",
                "<p>GIMI était au service de la communauté de la micro-assurance : une "
                "bibliothèque, un glossaire français-anglais de plus de 100 termes, des bases "
                "de données d'experts et de systèmes en Afrique, en Asie et en Amérique latine, "
                "des logiciels de gestion gratuits pour les systèmes de micro-assurance santé, "
                "des listes de discussion et la lettre G-NEWS. En septembre 2007, elle comptait "
                "plus de 300 utilisateurs inscrits venus de plus de 50 pays.</p>",
            ),
            ("heading", "CIARIS : centre d'apprentissage et de ressources sur l'inclusion sociale"),
            (
                "paragraph",
                "<p>CIARIS rassemblait des personnes engagées contre l'exclusion sociale dans "
                "plus de 20 pays d'Afrique, d'Amérique latine, d'Asie et d'Europe de l'Est et de "
                "l'Ouest, des décideurs aux praticiens de terrain. Les membres y tenaient des "
                "blogs, animaient des espaces de travail pour leurs projets et partageaient "
                "leurs pratiques dans une base de ressources commune.</p>",
            ),
            ("heading", "Un seul portail"),
            (
                "paragraph",
                "<p>Ce portail conserve ce qui faisait l'utilité des trois plates-formes : des "
                "ressources partagées, une communauté de praticiens et des lieux pour "
                "travailler ensemble. Il propose le tout en français, en anglais et en "
                "espagnol.</p>",
            ),
        ],
    },
    "es": {
        "slug": "acerca-de",
        "title": "Acerca de GESS",
        "intro": (
            "GESS reúne, en un solo portal y en tres idiomas, lo que tres plataformas de la "
            "OIT ofrecían a quienes trabajan por extender la protección social: GESS, GIMI y "
            "CIARIS."
        ),
        "body": [
            ("heading", "GESS: la extensión de la seguridad social en el mundo"),
            (
                "paragraph",
                "<p>Creada en 2007 por el Departamento de Seguridad Social de la OIT y su "
                "programa STEP, en el marco de la Campaña Mundial sobre Seguridad Social y "
                "Cobertura para Todos, GESS ofrecía recursos, herramientas, formación y "
                "asistencia técnica para diseñar estrategias de extensión adaptadas a cada "
                "país, una base de conocimientos, perfiles de países y espacios de trabajo en "
                "línea donde los equipos de proyecto podían colaborar.</p>",
            ),
            ("heading", "GIMI: información mundial sobre microseguros"),
            (
                "paragraph",
                "<p>GIMI estaba al servicio de la comunidad de los microseguros: una "
                "biblioteca, un glosario francés-inglés de más de 100 términos, bases de datos "
                "de expertos y de regímenes en África, Asia y América Latina, programas "
                "gratuitos de gestión para los microseguros de salud, listas de discusión y el "
                "boletín G-NEWS. En septiembre de 2007 contaba con más de 300 usuarios "
                "registrados de más de 50 países.</p>",
            ),
            ("heading", "CIARIS: centro de aprendizaje y recursos sobre la inclusión social"),
            (
                "paragraph",
                "<p>CIARIS reunía a personas comprometidas contra la exclusión social en más "
                "de 20 países de África, América Latina, Asia y Europa Oriental y Occidental, "
                "desde responsables políticos hasta profesionales sobre el terreno. Sus "
                "miembros escribían blogs, animaban espacios de trabajo para sus proyectos y "
                "compartían prácticas en una base de recursos común.</p>",
            ),
            ("heading", "Un solo portal"),
            (
                "paragraph",
                "<p>Este portal conserva lo que hacía útiles a las tres plataformas: "
                "recursos compartidos, una comunidad de profesionales y lugares para trabajar "
                "juntos. Lo ofrece todo en español, inglés y francés.</p>",
            ),
        ],
    },
}
