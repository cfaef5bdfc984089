# ruff: noqa: E501, RUF001  (unbroken sentences in three languages; en dashes and Turkish letters intended)
"""Demo country profiles: the Americas, Asia and the Pacific, Europe.

Texts written for the demo from well-known public facts and the GESS seeds (old GESS
pages, G-NEWS, SOCIEUX+, BELINCOSOC and ILO Flagship reports). Figures are marked as
demo data unless a source is named (see each value): only India's figures from the old
GESS country profile are real, sourced values.

Format (read by core.demo.countries):
- COUNTRY_TEXTS[code] = {produced_by, in_brief, legislation, programmes}; each text is a
  dict of HTML by language ("en" always, "fr"/"es" only where translated).
- DEMO_VALUES[code][indicator code] = [(year, value, source, is_demo), ...].
- VALUE_NOTES[code][indicator code][year] = note for that value (optional extra).
"""

COUNTRY_TEXTS = {
    "AR": {
        "produced_by": "Demo author: social protection team, ILO Buenos Aires",
        "in_brief": {
            "en": (
                "<p>Argentina has one of the broadest social security systems in Latin America. The National Social Security Administration (ANSES) runs the Integrated Argentine Pension System (SIPA), family allowances and unemployment benefits, while health care for salaried workers is organised through union-run health funds (<em>obras sociales</em>) and, for pensioners, through PAMI. Public hospitals remain open to everyone, including people without insurance.</p>"
                "<p>Much of the extension of coverage over the last two decades came from non-contributory and semi-contributory measures: pension moratoriums that let older people with incomplete contribution records obtain a pension, the Universal Child Allowance (AUH) for children of informal and unemployed workers, and the social <em>monotributo</em>, a simplified regime that gives small self-employed workers access to health and pension coverage.</p>"
                "<p>Argentina also took part in the joint ILO, ISSA and AIM study on linkages between statutory social security and community-based mutual organisations, which have a long tradition in the country.</p>"
            ),
            "fr": (
                "<p>L'Argentine dispose de l'un des systèmes de sécurité sociale les plus étendus d'Amérique latine. L'Administration nationale de la sécurité sociale (ANSES) gère le Système intégré argentin de retraites (SIPA), les allocations familiales et les prestations de chômage ; les soins de santé des salariés relèvent des caisses de santé gérées par les syndicats (<em>obras sociales</em>) et, pour les retraités, du PAMI. Les hôpitaux publics restent ouverts à tous, y compris aux personnes sans assurance.</p>"
                "<p>Depuis une vingtaine d'années, l'extension de la couverture repose largement sur des mesures non contributives ou semi-contributives : des moratoires qui permettent aux personnes âgées dont la carrière de cotisation est incomplète d'obtenir une pension, l'Allocation universelle par enfant (AUH) pour les enfants de travailleurs informels ou sans emploi, et le <em>monotributo</em> social, un régime simplifié qui ouvre aux petits travailleurs indépendants l'accès à l'assurance maladie et à la retraite.</p>"
                "<p>L'Argentine a également participé à l'étude conjointe du BIT, de l'AISS et de l'AIM sur les articulations entre la sécurité sociale légale et les organisations mutualistes à base communautaire, qui ont une longue tradition dans le pays.</p>"
            ),
            "es": (
                "<p>Argentina cuenta con uno de los sistemas de seguridad social más amplios de América Latina. La Administración Nacional de la Seguridad Social (ANSES) gestiona el Sistema Integrado Previsional Argentino (SIPA), las asignaciones familiares y la prestación por desempleo, mientras que la atención de salud de los asalariados se organiza a través de las obras sociales sindicales y, en el caso de los jubilados, del PAMI. Los hospitales públicos atienden a toda la población, incluidas las personas sin cobertura.</p>"
                "<p>Buena parte de la extensión de la cobertura en las dos últimas décadas se debe a medidas no contributivas o semicontributivas: las moratorias previsionales, que permiten a personas mayores con aportes incompletos acceder a una jubilación; la Asignación Universal por Hijo (AUH) para hijos de trabajadores informales o desocupados; y el monotributo social, un régimen simplificado que da a pequeños trabajadores independientes acceso a una obra social y a la jubilación.</p>"
                "<p>Argentina participó además en el estudio conjunto de la OIT, la AISS y la AIM sobre las articulaciones entre la seguridad social obligatoria y las mutuales de base comunitaria, que tienen una larga tradición en el país.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 24.241 (1993), which created the Integrated Retirement and Pension System</li>"
                "<li>Law 26.425 (2008), which brought the funded pension regime back into a single public pay-as-you-go system, the SIPA</li>"
                "<li>Laws 23.660 and 23.661 (1989) on the union health funds and the National Health Insurance System</li>"
                "<li>Decree 1602/2009, which created the Universal Child Allowance for Social Protection (AUH)</li></ul>"
            ),
            "fr": (
                "<ul><li>Loi 24.241 (1993), qui a créé le Système intégré de retraites et de pensions</li>"
                "<li>Loi 26.425 (2008), qui a réintégré le régime par capitalisation dans un système public unique par répartition, le SIPA</li>"
                "<li>Lois 23.660 et 23.661 (1989) sur les caisses de santé syndicales et le Système national d'assurance maladie</li>"
                "<li>Décret 1602/2009, qui a créé l'Allocation universelle par enfant pour la protection sociale (AUH)</li></ul>"
            ),
            "es": (
                "<ul><li>Ley 24.241 (1993), que creó el Sistema Integrado de Jubilaciones y Pensiones</li>"
                "<li>Ley 26.425 (2008), que reunificó el régimen de capitalización en un único sistema público de reparto, el SIPA</li>"
                "<li>Leyes 23.660 y 23.661 (1989) de obras sociales y del Sistema Nacional del Seguro de Salud</li>"
                "<li>Decreto 1602/2009, que creó la Asignación Universal por Hijo para Protección Social (AUH)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Integrated Argentine Pension System (SIPA), managed by ANSES</li>"
                "<li>Universal Child Allowance (AUH) and Universal Pregnancy Allowance</li>"
                "<li>Pension moratoriums for people with incomplete contribution records</li>"
                "<li>Social <em>monotributo</em>: simplified tax and social security regime for low-income self-employed workers</li>"
                "<li>PAMI: health care and social services for pensioners</li></ul>"
            ),
            "fr": (
                "<ul><li>Système intégré argentin de retraites (SIPA), géré par l'ANSES</li>"
                "<li>Allocation universelle par enfant (AUH) et allocation universelle de grossesse</li>"
                "<li>Moratoires de retraite pour les personnes dont la carrière de cotisation est incomplète</li>"
                "<li><em>Monotributo</em> social : régime fiscal et social simplifié pour les travailleurs indépendants à faible revenu</li>"
                "<li>PAMI : soins de santé et services sociaux pour les retraités</li></ul>"
            ),
            "es": (
                "<ul><li>Sistema Integrado Previsional Argentino (SIPA), gestionado por la ANSES</li>"
                "<li>Asignación Universal por Hijo (AUH) y Asignación por Embarazo para Protección Social</li>"
                "<li>Moratorias previsionales para personas con aportes incompletos</li>"
                "<li>Monotributo social: régimen tributario y previsional simplificado para trabajadores independientes de bajos ingresos</li>"
                "<li>PAMI: atención de salud y servicios sociales para jubilados y pensionados</li></ul>"
            ),
        },
    },
    "CO": {
        "produced_by": "Demo author: social protection team, ILO Office for the Andean Countries",
        "in_brief": {
            "en": (
                "<p>Colombia's General System of Comprehensive Social Security, created by Law 100 of 1993, rests on two health regimes: a contributory regime for workers who can pay and a subsidised regime, financed by the State, for poor and informal households. Health insurers (EPS) enrol the population, and health coverage now reaches almost everyone. Pensions are paid either by the public administrator Colpensiones or by private pension funds.</p>"
                "<p>Informality still affects more than half of all workers, so old-age protection lags far behind health coverage. The Colombia Mayor subsidy and the BEPS savings scheme, which rewards small voluntary contributions with a government top-up, target people outside the formal labour market; the pension reform adopted in 2024 builds a solidarity pillar on these foundations.</p>"
                "<p>In Bogotá, the SOCIEUX+ facility supported the Institute for Social Economy (IPES): experts from Italy and Spain helped design psychosocial support for informal street vendors, a group long excluded from social security.</p>"
            ),
            "fr": (
                "<p>Le Système général de sécurité sociale intégrale de la Colombie, créé par la loi 100 de 1993, repose sur deux régimes de santé : un régime contributif pour les travailleurs qui peuvent cotiser et un régime subventionné, financé par l'État, pour les ménages pauvres et informels. Les organismes assureurs (EPS) affilient la population, et la couverture santé atteint aujourd'hui presque tout le monde. Les pensions sont servies soit par l'administrateur public Colpensiones, soit par des fonds de pension privés.</p>"
                "<p>L'informalité touche encore plus de la moitié des travailleurs, si bien que la protection vieillesse reste très en retrait par rapport à la santé. L'allocation Colombia Mayor et le dispositif d'épargne BEPS, qui complète par une subvention publique de petites cotisations volontaires, visent les personnes hors du marché du travail formel ; la réforme des retraites adoptée en 2024 construit un pilier de solidarité sur ces bases.</p>"
                "<p>À Bogotá, le dispositif SOCIEUX+ a appuyé l'Institut pour l'économie sociale (IPES) : des experts italiens et espagnols ont aidé à concevoir un accompagnement psychosocial pour les vendeurs de rue informels, longtemps exclus de la sécurité sociale.</p>"
            ),
            "es": (
                "<p>El Sistema General de Seguridad Social Integral de Colombia, creado por la Ley 100 de 1993, se apoya en dos regímenes de salud: un régimen contributivo para los trabajadores con capacidad de pago y un régimen subsidiado, financiado por el Estado, para los hogares pobres e informales. Las Entidades Promotoras de Salud (EPS) afilian a la población, y la cobertura en salud llega hoy a casi todas las personas. Las pensiones las paga la administradora pública Colpensiones o los fondos privados de pensiones.</p>"
                "<p>La informalidad sigue afectando a más de la mitad de los trabajadores, por lo que la protección en la vejez está muy por detrás de la cobertura en salud. El subsidio Colombia Mayor y el mecanismo de ahorro BEPS, que premia pequeños aportes voluntarios con un subsidio del Gobierno, se dirigen a las personas fuera del mercado laboral formal; la reforma pensional aprobada en 2024 construye un pilar solidario sobre estas bases.</p>"
                "<p>En Bogotá, el mecanismo SOCIEUX+ apoyó al Instituto para la Economía Social (IPES): expertos de Italia y España ayudaron a diseñar una atención psicosocial para los vendedores informales, un grupo excluido durante mucho tiempo de la seguridad social.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 100 of 1993, which created the General System of Comprehensive Social Security (pensions, health and occupational risks)</li>"
                "<li>Laws 1122 of 2007 and 1438 of 2011, which reformed the General System of Social Security in Health</li>"
                "<li>Statutory Law 1751 of 2015, which recognises health as a fundamental right</li>"
                "<li>Law 2381 of 2024, the pension reform that organises the system in pillars</li></ul>"
            ),
            "fr": (
                "<ul><li>Loi 100 de 1993, qui a créé le Système général de sécurité sociale intégrale (retraites, santé et risques professionnels)</li>"
                "<li>Lois 1122 de 2007 et 1438 de 2011, qui ont réformé le Système général de sécurité sociale en santé</li>"
                "<li>Loi statutaire 1751 de 2015, qui reconnaît la santé comme un droit fondamental</li>"
                "<li>Loi 2381 de 2024, réforme des retraites qui organise le système en piliers</li></ul>"
            ),
            "es": (
                "<ul><li>Ley 100 de 1993, que creó el Sistema General de Seguridad Social Integral (pensiones, salud y riesgos laborales)</li>"
                "<li>Leyes 1122 de 2007 y 1438 de 2011, que reformaron el Sistema General de Seguridad Social en Salud</li>"
                "<li>Ley Estatutaria 1751 de 2015, que reconoce la salud como derecho fundamental</li>"
                "<li>Ley 2381 de 2024, reforma pensional que organiza el sistema en pilares</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Subsidised health regime for poor and informal households</li>"
                "<li>Colombia Mayor: non-contributory subsidy for older people on low incomes</li>"
                "<li>BEPS (Periodic Economic Benefits): voluntary savings with a state subsidy for low-income workers</li>"
                "<li>Familias en Acción: conditional cash transfers for families with children</li>"
                "<li>IPES comprehensive care model for informal street vendors in Bogotá, with SOCIEUX+ support</li></ul>"
            ),
            "fr": (
                "<ul><li>Régime de santé subventionné pour les ménages pauvres et informels</li>"
                "<li>Colombia Mayor : allocation non contributive pour les personnes âgées à faible revenu</li>"
                "<li>BEPS (Bénéfices économiques périodiques) : épargne volontaire assortie d'une subvention publique pour les travailleurs à faible revenu</li>"
                "<li>Familias en Acción : transferts monétaires conditionnels pour les familles avec enfants</li>"
                "<li>Modèle de prise en charge intégrale de l'IPES pour les vendeurs de rue informels à Bogotá, avec l'appui de SOCIEUX+</li></ul>"
            ),
            "es": (
                "<ul><li>Régimen subsidiado de salud para hogares pobres e informales</li>"
                "<li>Colombia Mayor: subsidio no contributivo para personas mayores de bajos ingresos</li>"
                "<li>BEPS (Beneficios Económicos Periódicos): ahorro voluntario con subsidio estatal para trabajadores de bajos ingresos</li>"
                "<li>Familias en Acción: transferencias monetarias condicionadas para familias con hijos</li>"
                "<li>Modelo de Atención Integral del IPES para vendedores informales de Bogotá, con apoyo de SOCIEUX+</li></ul>"
            ),
        },
    },
    "MX": {
        "produced_by": "Demo author: social protection team, ILO Office for Mexico and Cuba",
        "in_brief": {
            "en": (
                "<p>Social security in Mexico is organised by type of employer. The Mexican Social Security Institute (IMSS) covers private-sector employees, the ISSSTE covers federal public servants, and each state has its own institute for state workers, such as the ISSTEY in Yucatán. Since the reform that took effect in 1997, IMSS pensions are financed through individual accounts managed by pension fund administrators (Afores).</p>"
                "<p>About half of the workforce is informal and has long depended on separate programmes. The Seguro Popular, launched in 2004, gave health protection to people without social security; it was replaced in 2020 by INSABI, whose functions later passed to IMSS-Bienestar. Since 2019 the Pension for the Well-being of Older Persons has been a universal benefit, now paid from age 65, and IMSS has extended compulsory coverage to domestic workers.</p>"
                "<p>Through SOCIEUX+, experts from Spain helped the ISSTEY review Yucatán's state social security law in order to make its pension reserves financially sustainable.</p>"
            ),
            "es": (
                "<p>La seguridad social en México se organiza según el tipo de empleador. El Instituto Mexicano del Seguro Social (IMSS) cubre a los trabajadores del sector privado, el ISSSTE a los servidores públicos federales, y cada estado tiene su propio instituto para sus trabajadores, como el ISSTEY en Yucatán. Desde la reforma que entró en vigor en 1997, las pensiones del IMSS se financian mediante cuentas individuales administradas por las Afores.</p>"
                "<p>Cerca de la mitad de la fuerza de trabajo es informal y durante mucho tiempo dependió de programas separados. El Seguro Popular, iniciado en 2004, dio protección en salud a quienes no tenían seguridad social; en 2020 lo sustituyó el INSABI, cuyas funciones pasaron después a IMSS-Bienestar. Desde 2019 la Pensión para el Bienestar de las Personas Adultas Mayores es una prestación universal, que hoy se paga a partir de los 65 años, y el IMSS ha extendido la afiliación obligatoria a las personas trabajadoras del hogar.</p>"
                "<p>A través de SOCIEUX+, expertos de España ayudaron al ISSTEY a revisar la ley estatal de seguridad social de Yucatán para asegurar la sostenibilidad financiera de sus reservas de pensiones.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Security Law (Ley del Seguro Social), in its current version since 1997, governing the IMSS</li>"
                "<li>ISSSTE Law of 2007, which reformed the pension scheme of federal public servants</li>"
                "<li>General Health Law, amended in 2003 to create the System of Social Protection in Health (Seguro Popular) and again in 2019 to create INSABI</li>"
                "<li>State social security laws for state workers, such as the law governing the ISSTEY in Yucatán</li></ul>"
            ),
            "es": (
                "<ul><li>Ley del Seguro Social, vigente en su versión actual desde 1997, que rige al IMSS</li>"
                "<li>Ley del ISSSTE de 2007, que reformó el régimen de pensiones de los servidores públicos federales</li>"
                "<li>Ley General de Salud, reformada en 2003 para crear el Sistema de Protección Social en Salud (Seguro Popular) y de nuevo en 2019 para crear el INSABI</li>"
                "<li>Leyes estatales de seguridad social para los trabajadores de los estados, como la que rige al ISSTEY en Yucatán</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>IMSS compulsory regime for employees and voluntary affiliation for self-employed workers</li>"
                "<li>IMSS-Bienestar: health services for people without social security</li>"
                "<li>Pension for the Well-being of Older Persons (non-contributory pension)</li>"
                "<li>IMSS coverage of domestic workers</li>"
                "<li>SOCIEUX+ support to the ISSTEY for the reform of Yucatán's social security law</li></ul>"
            ),
            "es": (
                "<ul><li>Régimen obligatorio del IMSS para asalariados e incorporación voluntaria para trabajadores independientes</li>"
                "<li>IMSS-Bienestar: servicios de salud para personas sin seguridad social</li>"
                "<li>Pensión para el Bienestar de las Personas Adultas Mayores (pensión no contributiva)</li>"
                "<li>Afiliación de las personas trabajadoras del hogar al IMSS</li>"
                "<li>Apoyo de SOCIEUX+ al ISSTEY para la reforma de la ley de seguridad social de Yucatán</li></ul>"
            ),
        },
    },
    "PE": {
        "produced_by": "Demo author: social protection team, ILO Office for the Andean Countries, Lima",
        "in_brief": {
            "en": (
                "<p>Health protection in Peru has two main pillars: EsSalud, the social health insurance for salaried workers and their families, and the Comprehensive Health Insurance (SIS), a publicly funded scheme for poor people and those without other cover. The 2009 framework law on universal health insurance set the goal of enrolling the whole population, and SIS membership has grown rapidly since then.</p>"
                "<p>Pension coverage is much lower. Workers choose between the National Pension System, run by the ONP, and private pension funds, but most of the labour force works informally and contributes to neither. Pensión 65 pays a non-contributory pension to older people living in poverty, and the Juntos programme supports poor households with children.</p>"
                "<p>With SOCIEUX+ support, experts from France, Italy and Spain worked with the Ministry of Labour and Employment Promotion to assess whether microinsurance could give dockers at an agricultural market in La Victoria, Lima, basic pension and work-injury protection.</p>"
            ),
            "fr": (
                "<p>La protection de la santé au Pérou repose sur deux piliers : EsSalud, l'assurance maladie sociale des salariés et de leurs familles, et l'Assurance intégrale de santé (SIS), un régime financé par l'État pour les personnes pauvres et celles qui n'ont pas d'autre couverture. La loi-cadre de 2009 sur l'assurance maladie universelle a fixé l'objectif d'affilier toute la population, et le nombre d'affiliés au SIS a fortement augmenté depuis.</p>"
                "<p>La couverture retraite est beaucoup plus faible. Les travailleurs choisissent entre le Système national de pensions, géré par l'ONP, et les fonds de pension privés, mais la majorité de la population active travaille dans l'informalité et ne cotise à aucun des deux. Pensión 65 verse une pension non contributive aux personnes âgées pauvres, et le programme Juntos soutient les ménages pauvres avec enfants.</p>"
                "<p>Avec l'appui de SOCIEUX+, des experts français, italiens et espagnols ont travaillé avec le ministère du Travail et de la Promotion de l'emploi pour évaluer si une micro-assurance pouvait offrir aux dockers d'un marché agricole de La Victoria, à Lima, une protection de base pour la retraite et les accidents du travail.</p>"
            ),
            "es": (
                "<p>La protección de la salud en el Perú tiene dos pilares principales: EsSalud, el seguro social de salud de los trabajadores dependientes y sus familias, y el Seguro Integral de Salud (SIS), financiado por el Estado para las personas pobres y quienes no tienen otra cobertura. La ley marco de aseguramiento universal en salud de 2009 fijó la meta de afiliar a toda la población, y el número de afiliados al SIS ha crecido con rapidez desde entonces.</p>"
                "<p>La cobertura de pensiones es mucho menor. Los trabajadores eligen entre el Sistema Nacional de Pensiones, administrado por la ONP, y las AFP privadas, pero la mayor parte de la fuerza laboral trabaja en la informalidad y no aporta a ninguno de los dos. Pensión 65 paga una pensión no contributiva a adultos mayores en situación de pobreza, y el programa Juntos apoya a los hogares pobres con hijos.</p>"
                "<p>Con el apoyo de SOCIEUX+, expertos de Francia, Italia y España trabajaron con el Ministerio de Trabajo y Promoción del Empleo para evaluar si un microseguro podía ofrecer a los estibadores de un mercado agrícola de La Victoria, en Lima, una protección básica de pensiones y de riesgos de trabajo.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 26790 (1997) on the modernisation of social security in health, which governs EsSalud</li>"
                "<li>Law 29344 (2009), framework law on universal health insurance</li>"
                "<li>Decree Law 19990 (1973), which created the National Pension System</li>"
                "<li>Consolidated law on the Private Pension System (1997)</li></ul>"
            ),
            "fr": (
                "<ul><li>Loi 26790 (1997) sur la modernisation de la sécurité sociale en santé, qui régit EsSalud</li>"
                "<li>Loi 29344 (2009), loi-cadre sur l'assurance maladie universelle</li>"
                "<li>Décret-loi 19990 (1973), qui a créé le Système national de pensions</li>"
                "<li>Texte unique de la loi sur le Système privé de pensions (1997)</li></ul>"
            ),
            "es": (
                "<ul><li>Ley 26790 (1997) de Modernización de la Seguridad Social en Salud, que rige EsSalud</li>"
                "<li>Ley 29344 (2009), Ley Marco de Aseguramiento Universal en Salud</li>"
                "<li>Decreto Ley 19990 (1973), que creó el Sistema Nacional de Pensiones</li>"
                "<li>Texto Único Ordenado de la Ley del Sistema Privado de Pensiones (1997)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>EsSalud: social health insurance for employees and their families</li>"
                "<li>Comprehensive Health Insurance (SIS) for people without other health cover</li>"
                "<li>Pensión 65: non-contributory pension for older people in poverty</li>"
                "<li>Juntos: conditional cash transfers for poor households</li>"
                "<li>SOCIEUX+ action on microinsurance for market dockers in Lima</li></ul>"
            ),
            "fr": (
                "<ul><li>EsSalud : assurance maladie sociale des salariés et de leurs familles</li>"
                "<li>Assurance intégrale de santé (SIS) pour les personnes sans autre couverture</li>"
                "<li>Pensión 65 : pension non contributive pour les personnes âgées pauvres</li>"
                "<li>Juntos : transferts monétaires conditionnels pour les ménages pauvres</li>"
                "<li>Action SOCIEUX+ sur la micro-assurance pour les dockers d'un marché de Lima</li></ul>"
            ),
            "es": (
                "<ul><li>EsSalud: seguro social de salud para trabajadores dependientes y sus familias</li>"
                "<li>Seguro Integral de Salud (SIS) para personas sin otra cobertura</li>"
                "<li>Pensión 65: pensión no contributiva para adultos mayores en pobreza</li>"
                "<li>Juntos: transferencias monetarias condicionadas para hogares pobres</li>"
                "<li>Acción de SOCIEUX+ sobre microseguros para estibadores de un mercado de Lima</li></ul>"
            ),
        },
    },
    "BO": {
        "produced_by": "Demo author: social protection team, ILO Office for the Andean Countries",
        "in_brief": {
            "en": (
                "<p>Bolivia combines contributory social security with universal, tax-financed benefits. Short-term health insurance for salaried workers is provided by health funds, the largest being the Caja Nacional de Salud, while long-term pensions are now managed by a public body, the Gestora Pública, which took over the portfolios of the former private pension fund administrators.</p>"
                "<p>Because most workers are in the informal economy, universal measures play a major role. Renta Dignidad pays a monthly non-contributory pension to all residents aged 60 and over, the Juancito Pinto grant supports school attendance and the Juana Azurduy grant supports maternal and child health. Since 2019 the Single Health System (SUS) offers free care in public facilities to people without health insurance.</p>"
                "<p>Microinsurance has also developed through microfinance institutions; in 2007 Santa Cruz de la Sierra hosted an international course on designing microinsurance products, co-organised with the ILO's International Training Centre.</p>"
            ),
            "es": (
                "<p>Bolivia combina una seguridad social contributiva con prestaciones universales financiadas con impuestos. El seguro de salud de corto plazo de los trabajadores asalariados lo prestan las cajas de salud, la mayor de las cuales es la Caja Nacional de Salud, mientras que las pensiones de largo plazo las administra ahora una entidad pública, la Gestora Pública, que asumió las carteras de las antiguas administradoras privadas de fondos de pensiones.</p>"
                "<p>Como la mayoría de los trabajadores está en la economía informal, las medidas universales tienen un papel central. La Renta Dignidad paga una pensión mensual no contributiva a todas las personas residentes de 60 años o más, el Bono Juancito Pinto apoya la asistencia escolar y el Bono Juana Azurduy la salud materno-infantil. Desde 2019 el Sistema Único de Salud (SUS) ofrece atención gratuita en los establecimientos públicos a quienes no tienen seguro de salud.</p>"
                "<p>El microseguro también se ha desarrollado a través de las instituciones de microfinanzas; en 2007 Santa Cruz de la Sierra acogió un curso internacional sobre el diseño de productos de microseguro, organizado junto con el Centro Internacional de Formación de la OIT.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Security Code (1956)</li>"
                "<li>Law 3791 (2007), which created the universal old-age pension Renta Dignidad</li>"
                "<li>Pensions Law 065 (2010), which created the integrated pension system and the solidarity pension</li>"
                "<li>Law 1152 (2019), which extended free care through the Single Health System (SUS)</li></ul>"
            ),
            "es": (
                "<ul><li>Código de Seguridad Social (1956)</li>"
                "<li>Ley 3791 (2007), que creó la Renta Universal de Vejez (Renta Dignidad)</li>"
                "<li>Ley de Pensiones 065 (2010), que creó el sistema integral de pensiones y la pensión solidaria</li>"
                "<li>Ley 1152 (2019), que amplió la atención gratuita mediante el Sistema Único de Salud (SUS)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Renta Dignidad: universal non-contributory pension from age 60</li>"
                "<li>Bono Juancito Pinto: school attendance grant</li>"
                "<li>Bono Juana Azurduy: maternal and child health grant</li>"
                "<li>Single Health System (SUS) for people without health insurance</li>"
                "<li>Caja Nacional de Salud: health insurance for salaried workers</li></ul>"
            ),
            "es": (
                "<ul><li>Renta Dignidad: pensión universal no contributiva a partir de los 60 años</li>"
                "<li>Bono Juancito Pinto: incentivo a la asistencia escolar</li>"
                "<li>Bono Juana Azurduy: apoyo a la salud materno-infantil</li>"
                "<li>Sistema Único de Salud (SUS) para personas sin seguro de salud</li>"
                "<li>Caja Nacional de Salud: seguro de salud de los trabajadores asalariados</li></ul>"
            ),
        },
    },
    "KH": {
        "produced_by": "Demo author: social protection team, ILO Country Office for Thailand, Cambodia and Lao PDR",
        "in_brief": {
            "en": (
                "<p>Cambodia has built its social protection system quickly over the past two decades. The National Social Security Fund (NSSF), set up in 2008, first covered employment injury for private-sector workers, then added health insurance and, in 2022, a pension scheme. Civil servants have their own fund, and health equity funds pay for the care of poor households identified through the IDPoor programme.</p>"
                "<p>The National Social Protection Policy Framework 2016–2025 set out a plan to bring contributory schemes and social assistance together. The large informal economy remains the main challenge: community-based health insurance schemes run by NGOs pioneered coverage in some provinces, and the NSSF is gradually opening its health insurance to self-employed and informal workers.</p>"
                "<p>The ILO, with other United Nations agencies and development partners, supports the policy framework and the actuarial work behind the new schemes.</p>"
            ),
            "fr": (
                "<p>Le Cambodge a construit rapidement son système de protection sociale au cours des vingt dernières années. La Caisse nationale de sécurité sociale (NSSF), créée en 2008, a d'abord couvert les accidents du travail des salariés du secteur privé, puis a ajouté l'assurance maladie et, en 2022, un régime de retraite. Les fonctionnaires disposent de leur propre caisse, et les fonds d'équité en santé prennent en charge les soins des ménages pauvres identifiés par le programme IDPoor.</p>"
                "<p>Le Cadre politique national de protection sociale 2016-2025 a tracé la voie pour rapprocher les régimes contributifs et l'assistance sociale. L'importante économie informelle reste le principal défi : des systèmes d'assurance santé à base communautaire gérés par des ONG ont ouvert la voie dans certaines provinces, et la NSSF ouvre progressivement son assurance maladie aux travailleurs indépendants et informels.</p>"
                "<p>Le BIT, avec d'autres agences des Nations Unies et des partenaires de développement, appuie ce cadre politique et les travaux actuariels sur lesquels reposent les nouveaux régimes.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Labour Law (1997)</li>"
                "<li>Law on Social Security Schemes for Persons Defined by the Provisions of the Labour Law (2002), the legal basis of the NSSF</li>"
                "<li>Law on Social Security Schemes (2019), which brings the schemes for private-sector and public-sector workers under one framework</li></ul>"
            ),
            "fr": (
                "<ul><li>Code du travail (1997)</li>"
                "<li>Loi sur les régimes de sécurité sociale des personnes relevant du Code du travail (2002), base juridique de la NSSF</li>"
                "<li>Loi sur les régimes de sécurité sociale (2019), qui réunit dans un même cadre les régimes des secteurs privé et public</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>NSSF employment injury, health insurance and pension schemes</li>"
                "<li>Health equity funds for poor households identified through IDPoor</li>"
                "<li>National Social Protection Policy Framework 2016–2025</li>"
                "<li>Cash transfers for pregnant women and young children from poor households</li></ul>"
            ),
            "fr": (
                "<ul><li>Régimes de la NSSF : accidents du travail, assurance maladie et retraite</li>"
                "<li>Fonds d'équité en santé pour les ménages pauvres identifiés par IDPoor</li>"
                "<li>Cadre politique national de protection sociale 2016-2025</li>"
                "<li>Transferts monétaires pour les femmes enceintes et les jeunes enfants des ménages pauvres</li></ul>"
            ),
        },
    },
    "CN": {
        "produced_by": "Demo author: social protection team, ILO Country Office for China and Mongolia",
        "in_brief": {
            "en": (
                "<p>China has extended social insurance to hundreds of millions of people in little more than twenty years. Urban employees are covered by basic pension and medical insurance financed by employers and workers. For the rest of the population, the New Rural Cooperative Medical Scheme (2003) and the medical insurance for urban residents (2007) were merged in 2016 into a single residents' scheme, and the rural and urban residents' pension schemes were unified in 2014.</p>"
                "<p>The Social Insurance Law of 2010 gave these schemes a common legal basis, and the National Healthcare Security Administration has managed medical insurance since 2018. The minimum living guarantee (<em>dibao</em>) is the last-resort safety net. The main challenges are the low level of residents' benefits, the portability of rights for internal migrant workers and rapid population ageing.</p>"
                "<p>Europe has been a close partner: the EU-China Social Protection Reform Project, led by Italy's INPS with Belgium, France, Poland, Romania, Spain and Czechia, supported the pension reform from 2014.</p>"
            ),
            "fr": (
                "<p>La Chine a étendu l'assurance sociale à des centaines de millions de personnes en un peu plus de vingt ans. Les salariés urbains sont couverts par une retraite de base et une assurance maladie financées par les employeurs et les travailleurs. Pour le reste de la population, le nouveau système coopératif d'assurance maladie rurale (2003) et l'assurance maladie des résidents urbains (2007) ont fusionné en 2016 en un régime unique pour les résidents, et les régimes de retraite des résidents ruraux et urbains ont été unifiés en 2014.</p>"
                "<p>La loi sur l'assurance sociale de 2010 a donné à ces régimes une base juridique commune, et l'Administration nationale de la sécurité des soins de santé gère l'assurance maladie depuis 2018. La garantie de revenu minimum (<em>dibao</em>) constitue le filet de sécurité de dernier recours. Les principaux défis sont le faible niveau des prestations des résidents, la portabilité des droits des travailleurs migrants internes et le vieillissement rapide de la population.</p>"
                "<p>L'Europe est un partenaire proche : le projet UE-Chine de réforme de la protection sociale, conduit par l'INPS italien avec la Belgique, l'Espagne, la France, la Pologne, la Roumanie et la Tchéquie, a appuyé la réforme des retraites à partir de 2014.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Insurance Law (2010, in force since 2011)</li>"
                "<li>Regulations on the Minimum Living Guarantee for Urban Residents (1999)</li>"
                "<li>State Council opinions of 2016 on merging the basic medical insurance schemes for urban and rural residents</li></ul>"
            ),
            "fr": (
                "<ul><li>Loi sur l'assurance sociale (2010, en vigueur depuis 2011)</li>"
                "<li>Règlement sur la garantie de revenu minimum des résidents urbains (1999)</li>"
                "<li>Avis du Conseil des affaires d'État de 2016 sur la fusion des assurances maladie de base des résidents urbains et ruraux</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Basic pension and medical insurance for urban employees</li>"
                "<li>Basic medical insurance for urban and rural residents</li>"
                "<li>Basic pension for urban and rural residents</li>"
                "<li>Minimum living guarantee (<em>dibao</em>)</li>"
                "<li>EU-China Social Protection Reform Project (from 2014)</li></ul>"
            ),
            "fr": (
                "<ul><li>Retraite de base et assurance maladie des salariés urbains</li>"
                "<li>Assurance maladie de base des résidents urbains et ruraux</li>"
                "<li>Retraite de base des résidents urbains et ruraux</li>"
                "<li>Garantie de revenu minimum (<em>dibao</em>)</li>"
                "<li>Projet UE-Chine de réforme de la protection sociale (à partir de 2014)</li></ul>"
            ),
        },
    },
    "IN": {
        "produced_by": "Marc Socquet, ILO Delhi (original GESS profile)",
        "in_brief": {
            "en": (
                "<p>Extending social protection has moved to the centre of India's development debate. The central government and many state governments have committed themselves to covering the workers of the unorganised sector, who make up the overwhelming majority of the labour force. Formal-sector employees are protected by the Employees' State Insurance Corporation (ESIC) and the Employees' Provident Fund Organisation (EPFO).</p>"
                "<p>Civil society led the way for those left out: women's associations, community-based organisations, NGOs, informal-economy unions and microfinance institutions set up their own microinsurance schemes, designed around what their members need and can afford. Examples include the fishermen's federation SIFFS in Kerala and a community health mutual in the slums of Pune.</p>"
                "<p>Public programmes then expanded: the RSBY health insurance scheme (2008) for families below the poverty line, followed in 2018 by Ayushman Bharat PM-JAY, old-age pensions under the National Social Assistance Programme, and the e-Shram register of unorganised workers. The Code on Social Security (2020) brings nine central laws into a single code.</p>"
            ),
            "fr": (
                "<p>L'extension de la protection sociale est désormais au cœur du débat sur le développement en Inde. Le gouvernement central et de nombreux États se sont engagés à couvrir les travailleurs du secteur non organisé, qui représentent l'écrasante majorité de la population active. Les salariés du secteur formel sont protégés par la Société d'assurance des employés de l'État (ESIC) et par l'Organisation du fonds de prévoyance des salariés (EPFO).</p>"
                "<p>La société civile a ouvert la voie pour les exclus : associations de femmes, organisations communautaires, ONG, syndicats de l'économie informelle et institutions de microfinance ont créé leurs propres systèmes de micro-assurance, conçus selon les besoins et la capacité contributive de leurs membres. On peut citer la fédération de pêcheurs SIFFS au Kerala ou une mutuelle de santé communautaire dans les bidonvilles de Pune.</p>"
                "<p>Les programmes publics se sont ensuite développés : l'assurance maladie RSBY (2008) pour les familles vivant sous le seuil de pauvreté, remplacée en 2018 par Ayushman Bharat PM-JAY, les pensions de vieillesse du Programme national d'assistance sociale et le registre e-Shram des travailleurs non organisés. Le Code de la sécurité sociale (2020) réunit neuf lois centrales en un seul code.</p>"
            ),
            "es": (
                "<p>La extensión de la protección social ocupa hoy un lugar central en el debate sobre el desarrollo de la India. El Gobierno central y muchos gobiernos estatales se han comprometido a cubrir a los trabajadores del sector no organizado, que constituyen la inmensa mayoría de la fuerza laboral. Los asalariados del sector formal están protegidos por la Corporación del Seguro Estatal de los Empleados (ESIC) y la Organización del Fondo de Previsión de los Empleados (EPFO).</p>"
                "<p>La sociedad civil abrió el camino para quienes quedaban excluidos: asociaciones de mujeres, organizaciones comunitarias, ONG, sindicatos de la economía informal e instituciones de microfinanzas crearon sus propios microseguros, adaptados a las necesidades y a la capacidad de pago de sus miembros. Algunos ejemplos son la federación de pescadores SIFFS en Kerala y una mutual de salud comunitaria en los barrios marginales de Pune.</p>"
                "<p>Después se ampliaron los programas públicos: el seguro de salud RSBY (2008) para las familias bajo la línea de pobreza, sustituido en 2018 por Ayushman Bharat PM-JAY, las pensiones de vejez del Programa Nacional de Asistencia Social y el registro e-Shram de trabajadores no organizados. El Código de Seguridad Social (2020) reúne nueve leyes centrales en un solo código.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Employees' State Insurance Act (1948)</li>"
                "<li>Employees' Provident Funds and Miscellaneous Provisions Act (1952)</li>"
                "<li>Unorganised Workers' Social Security Act (2008)</li>"
                "<li>Code on Social Security (2020), which consolidates nine central social security laws</li></ul>"
            ),
            "fr": (
                "<ul><li>Loi sur l'assurance des employés de l'État (1948)</li>"
                "<li>Loi sur les fonds de prévoyance des salariés et dispositions diverses (1952)</li>"
                "<li>Loi sur la sécurité sociale des travailleurs non organisés (2008)</li>"
                "<li>Code de la sécurité sociale (2020), qui regroupe neuf lois centrales de sécurité sociale</li></ul>"
            ),
            "es": (
                "<ul><li>Ley del Seguro Estatal de los Empleados (1948)</li>"
                "<li>Ley de Fondos de Previsión de los Empleados y Disposiciones Diversas (1952)</li>"
                "<li>Ley de Seguridad Social de los Trabajadores No Organizados (2008)</li>"
                "<li>Código de Seguridad Social (2020), que consolida nueve leyes centrales de seguridad social</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Ayushman Bharat PM-JAY: hospital insurance for poor and vulnerable families, successor of RSBY</li>"
                "<li>National Social Assistance Programme: old-age, widows' and disability pensions</li>"
                "<li>Mahatma Gandhi National Rural Employment Guarantee Scheme</li>"
                "<li>Atal Pension Yojana: voluntary contributory pension for unorganised workers</li>"
                "<li>Community-based microinsurance schemes supported by the ILO STEP programme and the AMIN network</li></ul>"
            ),
            "fr": (
                "<ul><li>Ayushman Bharat PM-JAY : assurance hospitalisation pour les familles pauvres et vulnérables, qui a succédé au RSBY</li>"
                "<li>Programme national d'assistance sociale : pensions de vieillesse, de veuvage et d'invalidité</li>"
                "<li>Programme national de garantie de l'emploi rural Mahatma Gandhi</li>"
                "<li>Atal Pension Yojana : retraite contributive volontaire pour les travailleurs non organisés</li>"
                "<li>Systèmes de micro-assurance à base communautaire appuyés par le programme STEP du BIT et le réseau AMIN</li></ul>"
            ),
            "es": (
                "<ul><li>Ayushman Bharat PM-JAY: seguro hospitalario para familias pobres y vulnerables, sucesor del RSBY</li>"
                "<li>Programa Nacional de Asistencia Social: pensiones de vejez, viudedad y discapacidad</li>"
                "<li>Plan Nacional Mahatma Gandhi de Garantía del Empleo Rural</li>"
                "<li>Atal Pension Yojana: pensión contributiva voluntaria para trabajadores no organizados</li>"
                "<li>Microseguros de base comunitaria apoyados por el programa STEP de la OIT y la red AMIN</li></ul>"
            ),
        },
    },
    "ID": {
        "produced_by": "Demo author: social protection team, ILO Jakarta",
        "in_brief": {
            "en": (
                "<p>Indonesia is building a national social security system on the basis of Law 40/2004 (SJSN). Two public agencies implement it: BPJS Kesehatan runs the National Health Insurance (JKN), launched in 2014 and now one of the largest single-payer health schemes in the world, and BPJS Ketenagakerjaan covers work injury, death, old-age savings, pensions and, since 2021, job-loss benefits.</p>"
                "<p>The government pays JKN contributions for around 96 million poor and near-poor people, which has brought health coverage to most of the population. Extending employment-related insurance to the large informal economy is harder: independent workers may join voluntarily, but enrolment and regular payment remain low.</p>"
                "<p>Social assistance complements insurance, notably the Family Hope Programme (PKH) of conditional cash transfers. The ILO has provided technical advice on actuarial questions and on unemployment protection.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 40/2004 on the National Social Security System (SJSN)</li>"
                "<li>Law 24/2011 on the Social Security Administering Bodies (BPJS)</li>"
                "<li>Government Regulation 37/2021 on the job-loss insurance programme</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>National Health Insurance (JKN), run by BPJS Kesehatan</li>"
                "<li>Contribution assistance (PBI) for poor and near-poor people</li>"
                "<li>BPJS Ketenagakerjaan: work injury, death, old-age savings, pensions and job-loss benefits</li>"
                "<li>Family Hope Programme (PKH): conditional cash transfers</li></ul>"
            ),
        },
    },
    "LA": {
        "produced_by": "Demo author: social protection team, ILO Country Office for Thailand, Cambodia and Lao PDR",
        "in_brief": {
            "en": (
                "<p>The Lao People's Democratic Republic has brought several small health protection schemes together under a National Health Insurance, rolled out across the country from 2016. It replaced a patchwork of community-based health insurance, health equity funds for the poor and free maternal and child health care, and asks patients only for a small co-payment per visit.</p>"
                "<p>Contributory social security for private-sector employees, civil servants and the armed forces is provided under the Social Security Law of 2013, which merged the previous schemes. Voluntary membership is open to self-employed and informal workers, but few have joined so far, and social assistance remains limited.</p>"
                "<p>Laos was one of the countries covered by the ILO, ISSA and AIM study on linkages between statutory schemes and community-based health insurance. In 2020 the government adopted a National Social Protection Strategy, prepared with support from the ILO, UNICEF and other partners.</p>"
            ),
            "fr": (
                "<p>La République démocratique populaire lao a regroupé plusieurs petits régimes de protection de la santé au sein d'une Assurance maladie nationale, étendue à l'ensemble du pays à partir de 2016. Elle a remplacé une mosaïque d'assurances santé à base communautaire, de fonds d'équité en santé pour les pauvres et de soins gratuits pour les mères et les enfants, et ne demande aux patients qu'un faible ticket modérateur par consultation.</p>"
                "<p>La sécurité sociale contributive des salariés du secteur privé, des fonctionnaires et des forces armées relève de la loi sur la sécurité sociale de 2013, qui a fusionné les régimes antérieurs. L'affiliation volontaire est ouverte aux travailleurs indépendants et informels, mais peu d'entre eux ont adhéré jusqu'ici, et l'assistance sociale reste limitée.</p>"
                "<p>Le Laos figurait parmi les pays couverts par l'étude du BIT, de l'AISS et de l'AIM sur les articulations entre régimes légaux et assurance santé à base communautaire. En 2020, le gouvernement a adopté une Stratégie nationale de protection sociale, préparée avec l'appui du BIT, de l'UNICEF et d'autres partenaires.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Labour Law (revised in 2013)</li>"
                "<li>Social Security Law (2013), which brought the schemes for private-sector and public-sector workers under one law</li>"
                "<li>Government decrees establishing the National Health Insurance and its fund</li></ul>"
            ),
            "fr": (
                "<ul><li>Code du travail (révisé en 2013)</li>"
                "<li>Loi sur la sécurité sociale (2013), qui a réuni dans une même loi les régimes des secteurs privé et public</li>"
                "<li>Décrets gouvernementaux instituant l'Assurance maladie nationale et son fonds</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>National Health Insurance, with a small co-payment per visit</li>"
                "<li>National social security fund for employees and civil servants</li>"
                "<li>Free maternal and child health services, now part of the National Health Insurance</li>"
                "<li>National Social Protection Strategy (2020)</li></ul>"
            ),
            "fr": (
                "<ul><li>Assurance maladie nationale, avec un faible ticket modérateur par consultation</li>"
                "<li>Caisse nationale de sécurité sociale des salariés et des fonctionnaires</li>"
                "<li>Soins maternels et infantiles gratuits, désormais intégrés à l'Assurance maladie nationale</li>"
                "<li>Stratégie nationale de protection sociale (2020)</li></ul>"
            ),
        },
    },
    "PH": {
        "produced_by": "Demo author: social protection team, ILO Country Office for the Philippines",
        "in_brief": {
            "en": (
                "<p>The Philippines has two contributory social insurance institutions: the Social Security System (SSS) for private-sector and self-employed workers, and the Government Service Insurance System (GSIS) for public servants. Health insurance is run by PhilHealth; the Universal Health Care Act of 2019 made every Filipino a member automatically, with the government paying contributions for the poor.</p>"
                "<p>Because much of the workforce is informal, the country has a strong microinsurance sector, including mutual benefit associations linked to microfinance institutions and a dedicated regulatory framework. Manila hosted the first Asian microinsurance conference in 2007, and the Philippines was one of the countries in the ILO, ISSA and AIM study on linkages between statutory and community-based schemes.</p>"
                "<p>The main social assistance programme is the Pantawid Pamilyang Pilipino Program (4Ps), a conditional cash transfer made permanent by law in 2019, complemented by a social pension for indigent senior citizens.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Security Act of 2018 (Republic Act 11199)</li>"
                "<li>National Health Insurance Act (Republic Act 7875, 1995) and Universal Health Care Act (Republic Act 11223, 2019)</li>"
                "<li>Republic Act 11310 (2019), which institutionalised the 4Ps</li>"
                "<li>Expanded Senior Citizens Act (Republic Act 9994, 2010)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Social Security System (SSS) and Government Service Insurance System (GSIS)</li>"
                "<li>PhilHealth national health insurance</li>"
                "<li>Pantawid Pamilyang Pilipino Program (4Ps)</li>"
                "<li>Social pension for indigent senior citizens</li>"
                "<li>Microinsurance through mutual benefit associations</li></ul>"
            ),
        },
    },
    "TH": {
        "produced_by": "Demo author: social protection team, ILO Country Office for Thailand, Cambodia and Lao PDR",
        "in_brief": {
            "en": (
                "<p>Thailand reached universal health coverage in 2002, when the Universal Coverage Scheme, first known as the '30-baht scheme', extended tax-financed care to everyone not covered by the civil servants' scheme or by social security. Managed by the National Health Security Office, it covers about seven in ten Thais.</p>"
                "<p>Salaried workers are insured by the Social Security Office under the Social Security Act of 1990. Informal workers can join voluntarily under Section 40 of the Act, with a government subsidy on their contributions, or save for retirement through the National Savings Fund. An old-age allowance for people without a public pension and a child support grant complete the system.</p>"
                "<p>Population ageing is now the main policy concern: the adequacy of old-age benefits for informal workers is under discussion, with technical input from the ILO.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Security Act (1990)</li>"
                "<li>National Health Security Act (2002)</li>"
                "<li>Older Persons Act (2003)</li>"
                "<li>National Savings Fund Act (2011)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Universal Coverage Scheme, managed by the National Health Security Office</li>"
                "<li>Social security for employees and voluntary Section 40 scheme for informal workers</li>"
                "<li>National Savings Fund</li>"
                "<li>Old-age allowance and child support grant</li></ul>"
            ),
        },
    },
    "LK": {
        "produced_by": "Demo author: social protection team, ILO Country Office for Sri Lanka and the Maldives",
        "in_brief": {
            "en": (
                "<p>Sri Lanka is often cited for the results it achieved with modest resources: public health care has been free at the point of use for decades, which keeps health indicators high compared with countries at similar income levels.</p>"
                "<p>For income security, private-sector employees save through the Employees' Provident Fund (EPF) and the Employees' Trust Fund (ETF), which pay lump sums rather than pensions, while public servants receive a non-contributory pension. Farmers, fishers and self-employed workers can join contributory pension schemes, but participation is low and the informal economy employs most of the workforce.</p>"
                "<p>Social assistance was delivered for many years by the Samurdhi programme. After the economic crisis of 2022, the government replaced it with the Aswesuma welfare benefit programme, which selects households through a new registry. The ILO supports work towards a more coherent system, including old-age protection for informal workers.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Employees' Provident Fund Act (1958)</li>"
                "<li>Employees' Trust Fund Act (1980)</li>"
                "<li>Social Security Board Act (1996), for the pension scheme of self-employed workers</li>"
                "<li>Welfare Benefits Act (2002), the basis of the Aswesuma programme</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Employees' Provident Fund and Employees' Trust Fund</li>"
                "<li>Free public health care</li>"
                "<li>Aswesuma welfare benefit programme</li>"
                "<li>Contributory pension schemes for farmers, fishers and the self-employed</li></ul>"
            ),
        },
    },
    "TR": {
        "produced_by": "Demo author: social protection team, ILO Office for Türkiye",
        "in_brief": {
            "en": (
                "<p>Türkiye carried out one of the largest social security reforms of the 2000s. In 2006 the three former funds, for private employees (SSK), the self-employed (Bağ-Kur) and civil servants (Emekli Sandığı), were merged into a single Social Security Institution (SGK), and Law 5510 introduced common rules for social insurance and a General Health Insurance.</p>"
                "<p>The General Health Insurance, together with the Health Transformation Programme launched in 2003, brought health coverage close to the whole population; the State pays the premiums of people on low incomes. Informal employment has fallen but remains high in agriculture, among young people and among refugees.</p>"
                "<p>Türkiye hosts one of the largest refugee populations in the world. The Emergency Social Safety Net, funded by the European Union, has provided monthly cash assistance to more than a million refugees, and the ILO has supported their access to registered employment and social security.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 5502 (2006), which established the Social Security Institution (SGK)</li>"
                "<li>Law 5510 on Social Insurance and General Health Insurance (2006, in force since 2008)</li>"
                "<li>Unemployment Insurance Law 4447 (1999)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>General Health Insurance</li>"
                "<li>SGK pensions and short-term insurance benefits</li>"
                "<li>Unemployment insurance</li>"
                "<li>Emergency Social Safety Net (ESSN) for refugees</li></ul>"
            ),
        },
    },
    "CY": {
        "produced_by": "Demo author: social protection desk, ILO Regional Office for Europe and Central Asia",
        "in_brief": {
            "en": (
                "<p>Cyprus runs a social insurance scheme, managed by the Social Insurance Services, that covers employees and self-employed people for pensions, sickness, maternity, unemployment and employment injury. A guaranteed minimum income, introduced in 2014, supports households without sufficient resources.</p>"
                "<p>The most important recent reform is the General Healthcare System (GeSY), introduced in 2019 for outpatient care and in 2020 for hospital care. Financed by contributions from employees, employers, pensioners and the State and run by the Health Insurance Organisation, it gave the whole population access to a common package of care. As a European Union Member State, Cyprus can share this experience through EU peer-to-peer facilities such as SOCIEUX+.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Insurance Law (2010)</li>"
                "<li>General Health System Law (2001, amended in 2017), implemented from 2019</li>"
                "<li>Guaranteed Minimum Income and Social Benefits Law (2014)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>General Healthcare System (GeSY)</li>"
                "<li>Social insurance scheme for employees and the self-employed</li>"
                "<li>Guaranteed minimum income</li></ul>"
            ),
        },
    },
    "BE": {
        "produced_by": "Demo author: social protection desk, ILO Office for the European Union and the Benelux countries",
        "in_brief": {
            "en": (
                "<p>Belgium's social security covers employees, the self-employed and civil servants through separate schemes coordinated by the Federal Public Service (FPS) Social Security. The National Social Security Office collects contributions, the National Institute for Health and Disability Insurance (NIHDI) oversees health insurance delivered through the health insurance funds (<em>mutualités</em>), and the Crossroads Bank for Social Security links the data of all institutions.</p>"
                "<p>Belgium is an active partner in international cooperation. BELINCOSOC, the shared service centre of the FPS Social Security for international projects, took part in the EU-China Social Protection Reform Project and, with Expertise France, in a twinning on social protection indicators with Morocco; it also hosted the SOCIEUX+ team. Belgium co-funds, with Luxembourg, the ILO Global Flagship Programme on social protection floors, and Belgian mutual organisations have long supported health mutuals in Africa.</p>"
            ),
            "fr": (
                "<p>La sécurité sociale belge couvre les salariés, les indépendants et les fonctionnaires au moyen de régimes distincts coordonnés par le Service public fédéral (SPF) Sécurité sociale. L'Office national de sécurité sociale perçoit les cotisations, l'Institut national d'assurance maladie-invalidité (INAMI) encadre l'assurance soins de santé mise en œuvre par les mutualités, et la Banque-Carrefour de la sécurité sociale relie les données de toutes les institutions.</p>"
                "<p>La Belgique est un partenaire actif de la coopération internationale. BELINCOSOC, le centre de services partagés du SPF Sécurité sociale pour les projets internationaux, a participé au projet UE-Chine de réforme de la protection sociale et, avec Expertise France, à un jumelage avec le Maroc sur les indicateurs de protection sociale ; il a aussi accueilli l'équipe de SOCIEUX+. La Belgique cofinance, avec le Luxembourg, le Programme phare mondial du BIT sur les socles de protection sociale, et les mutualités belges soutiennent depuis longtemps les mutuelles de santé en Afrique.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Decree-law of 28 December 1944 on the social security of workers</li>"
                "<li>Law of 15 January 1990 establishing the Crossroads Bank for Social Security</li>"
                "<li>Law on compulsory health care and benefits insurance, coordinated on 14 July 1994</li></ul>"
            ),
            "fr": (
                "<ul><li>Arrêté-loi du 28 décembre 1944 concernant la sécurité sociale des travailleurs</li>"
                "<li>Loi du 15 janvier 1990 relative à l'institution et à l'organisation d'une Banque-Carrefour de la sécurité sociale</li>"
                "<li>Loi relative à l'assurance obligatoire soins de santé et indemnités, coordonnée le 14 juillet 1994</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>BELINCOSOC: international social protection projects of the FPS Social Security</li>"
                "<li>Partner in the EU-China Social Protection Reform Project</li>"
                "<li>Twinning with Morocco on monitoring social protection indicators, with Expertise France</li>"
                "<li>Co-funding, with Luxembourg, of the ILO Global Flagship Programme on social protection floors</li></ul>"
            ),
            "fr": (
                "<ul><li>BELINCOSOC : projets internationaux de protection sociale du SPF Sécurité sociale</li>"
                "<li>Partenaire du projet UE-Chine de réforme de la protection sociale</li>"
                "<li>Jumelage avec le Maroc sur le suivi des indicateurs de protection sociale, avec Expertise France</li>"
                "<li>Cofinancement, avec le Luxembourg, du Programme phare mondial du BIT sur les socles de protection sociale</li></ul>"
            ),
        },
    },
    "FR": {
        "produced_by": "Demo author: social protection desk, ILO Office for France",
        "in_brief": {
            "en": (
                "<p>France's social security, founded by the ordinances of October 1945, is organised in branches: health (CNAM), old age (CNAV), family (CNAF) and contribution collection (URSSAF), with a separate scheme for agriculture (MSA). Universal health protection (PUMa) has guaranteed cover to all residents since 2016, building on the universal health coverage (CMU) created in 1999, and a solidarity supplementary health cover helps low-income households.</p>"
                "<p>France is a major actor in international cooperation on social protection. Expertise France, the public technical cooperation agency, co-implements SOCIEUX+ and ran a twinning with Morocco on social protection indicators together with Belgium. French public experts have supported partners such as the Ministry of Employment and Social Protection of Côte d'Ivoire and the pension fund of Gabon's State agents, and the French mutual movement has backed health mutuals in West Africa.</p>"
            ),
            "fr": (
                "<p>La sécurité sociale française, fondée par les ordonnances d'octobre 1945, est organisée en branches : maladie (CNAM), vieillesse (CNAV), famille (CNAF) et recouvrement (URSSAF), avec un régime agricole distinct (MSA). La protection universelle maladie (PUMa) garantit depuis 2016 une couverture à tous les résidents, dans le prolongement de la couverture maladie universelle (CMU) créée en 1999, et la complémentaire santé solidaire aide les ménages modestes.</p>"
                "<p>La France est un acteur majeur de la coopération internationale en matière de protection sociale. Expertise France, l'agence publique de coopération technique, met en œuvre SOCIEUX+ avec ses partenaires et a conduit avec la Belgique un jumelage avec le Maroc sur les indicateurs de protection sociale. Des experts publics français ont appuyé des partenaires comme le ministère de l'Emploi et de la Protection sociale de Côte d'Ivoire et la caisse de pensions des agents de l'État du Gabon, et le mouvement mutualiste français soutient des mutuelles de santé en Afrique de l'Ouest.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Ordinances of 4 and 19 October 1945 establishing social security</li>"
                "<li>Law of 27 July 1999 creating universal health coverage (CMU)</li>"
                "<li>Social security financing law for 2016, which introduced universal health protection (PUMa)</li>"
                "<li>Social Security Code</li></ul>"
            ),
            "fr": (
                "<ul><li>Ordonnances des 4 et 19 octobre 1945 portant organisation de la sécurité sociale</li>"
                "<li>Loi du 27 juillet 1999 portant création d'une couverture maladie universelle (CMU)</li>"
                "<li>Loi de financement de la sécurité sociale pour 2016, qui a instauré la protection universelle maladie (PUMa)</li>"
                "<li>Code de la sécurité sociale</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Universal health protection (PUMa) and solidarity supplementary health cover</li>"
                "<li>Expertise France: co-implementation of SOCIEUX+ and twinning projects</li>"
                "<li>French public experts in SOCIEUX+ actions in Côte d'Ivoire, Gabon and Peru</li>"
                "<li>Partner in the EU-China Social Protection Reform Project</li></ul>"
            ),
            "fr": (
                "<ul><li>Protection universelle maladie (PUMa) et complémentaire santé solidaire</li>"
                "<li>Expertise France : mise en œuvre de SOCIEUX+ et projets de jumelage</li>"
                "<li>Experts publics français dans des actions SOCIEUX+ en Côte d'Ivoire, au Gabon et au Pérou</li>"
                "<li>Partenaire du projet UE-Chine de réforme de la protection sociale</li></ul>"
            ),
        },
    },
    "LU": {
        "produced_by": "Demo author: social protection desk, ILO Office for the European Union and the Benelux countries",
        "in_brief": {
            "en": (
                "<p>Luxembourg's social security system, governed by the Social Security Code, offers a high level of protection to a workforce of which a large share lives in neighbouring countries. The Joint Social Security Centre (CCSS) collects contributions, the National Health Fund (CNS) and the National Pension Insurance Fund (CNAP) pay benefits, and the General Inspectorate of Social Security (IGSS) supervises the system.</p>"
                "<p>Luxembourg devotes about one per cent of its gross national income to development cooperation and is a long-standing donor for social protection. Together with Belgium it funds the second phase of the ILO Global Flagship Programme on building social protection floors, including its West Africa strategy with WAEMU and CIPRES. Public experts from Luxembourg have taken part in SOCIEUX+ actions, for example on occupational risk coverage for Gabon's public servants, and the microfinance organisation ADA has trained microinsurance practitioners.</p>"
            ),
            "fr": (
                "<p>Le système de sécurité sociale luxembourgeois, régi par le Code de la sécurité sociale, offre un niveau de protection élevé à une main-d'œuvre dont une grande partie réside dans les pays voisins. Le Centre commun de la sécurité sociale (CCSS) perçoit les cotisations, la Caisse nationale de santé (CNS) et la Caisse nationale d'assurance pension (CNAP) versent les prestations, et l'Inspection générale de la sécurité sociale (IGSS) assure la surveillance du système.</p>"
                "<p>Le Luxembourg consacre environ un pour cent de son revenu national brut à la coopération au développement et soutient de longue date la protection sociale. Avec la Belgique, il finance la deuxième phase du Programme phare mondial du BIT pour des socles de protection sociale, y compris sa stratégie pour l'Afrique de l'Ouest avec l'UEMOA et la CIPRES. Des experts publics luxembourgeois ont participé à des actions SOCIEUX+, par exemple sur la couverture des risques professionnels des agents publics du Gabon, et l'organisation de microfinance ADA a formé des praticiens de la micro-assurance.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Social Security Code</li>"
                "<li>Law of 13 May 2008 introducing a single status for private-sector employees</li>"
                "<li>Law of 17 December 2010 reforming the health care system</li></ul>"
            ),
            "fr": (
                "<ul><li>Code de la sécurité sociale</li>"
                "<li>Loi du 13 mai 2008 portant introduction d'un statut unique pour les salariés du secteur privé</li>"
                "<li>Loi du 17 décembre 2010 portant réforme du système de soins de santé</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>National Health Fund (CNS) and National Pension Insurance Fund (CNAP)</li>"
                "<li>Co-funding, with Belgium, of the ILO Global Flagship Programme on social protection floors</li>"
                "<li>Public experts in SOCIEUX+ actions</li></ul>"
            ),
            "fr": (
                "<ul><li>Caisse nationale de santé (CNS) et Caisse nationale d'assurance pension (CNAP)</li>"
                "<li>Cofinancement, avec la Belgique, du Programme phare mondial du BIT sur les socles de protection sociale</li>"
                "<li>Experts publics dans des actions SOCIEUX+</li></ul>"
            ),
        },
    },
    "ES": {
        "produced_by": "Demo author: social protection desk, ILO Office for Spain",
        "in_brief": {
            "en": (
                "<p>Spain's social security, governed by the consolidated General Social Security Law of 2015, is administered by the National Social Security Institute (INSS) and the General Treasury of Social Security (TGSS). The National Health System, created in 1986, provides health care to the whole population, and since 2020 the Minimum Living Income has set a national floor for household incomes.</p>"
                "<p>Spain plays a significant role in cooperation, especially with Latin America. FIIAPP, the public foundation for international and Ibero-American cooperation, co-implements SOCIEUX+; Spanish experts helped the ISSTEY in Yucatán reform its pension law and worked with partners in Bogotá and Lima, and Spain belonged to the consortium of the EU-China Social Protection Reform Project. Madrid also hosts the Ibero-American Social Security Organisation (OISS).</p>"
            ),
            "fr": (
                "<p>La sécurité sociale espagnole, régie par le texte refondu de la loi générale de sécurité sociale de 2015, est administrée par l'Institut national de la sécurité sociale (INSS) et la Trésorerie générale de la sécurité sociale (TGSS). Le Système national de santé, créé en 1986, soigne l'ensemble de la population, et depuis 2020 le revenu minimum vital fixe un plancher national pour les revenus des ménages.</p>"
                "<p>L'Espagne joue un rôle important dans la coopération, en particulier avec l'Amérique latine. La FIIAPP, fondation publique pour la coopération internationale et ibéro-américaine, met en œuvre SOCIEUX+ avec ses partenaires ; des experts espagnols ont aidé l'ISSTEY du Yucatán à réformer sa loi sur les pensions et ont travaillé avec des partenaires à Bogotá et à Lima, et l'Espagne faisait partie du consortium du projet UE-Chine de réforme de la protection sociale. Madrid accueille aussi l'Organisation ibéro-américaine de sécurité sociale (OISS).</p>"
            ),
            "es": (
                "<p>La seguridad social española, regida por el texto refundido de la Ley General de la Seguridad Social de 2015, la gestionan el Instituto Nacional de la Seguridad Social (INSS) y la Tesorería General de la Seguridad Social (TGSS). El Sistema Nacional de Salud, creado en 1986, presta asistencia sanitaria a toda la población, y desde 2020 el Ingreso Mínimo Vital establece un suelo nacional para los ingresos de los hogares.</p>"
                "<p>España desempeña un papel importante en la cooperación, sobre todo con América Latina. La FIIAPP, fundación pública para la cooperación internacional e iberoamericana, participa en la ejecución de SOCIEUX+; expertos españoles ayudaron al ISSTEY de Yucatán a reformar su ley de pensiones y trabajaron con socios en Bogotá y Lima, y España formó parte del consorcio del proyecto UE-China de reforma de la protección social. Madrid es además la sede de la Organización Iberoamericana de Seguridad Social (OISS).</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>General Social Security Law (consolidated text approved by Royal Legislative Decree 8/2015)</li>"
                "<li>General Health Law (Law 14/1986)</li>"
                "<li>Law 19/2021 establishing the Minimum Living Income</li></ul>"
            ),
            "fr": (
                "<ul><li>Loi générale de sécurité sociale (texte refondu approuvé par le décret royal législatif 8/2015)</li>"
                "<li>Loi générale de santé (loi 14/1986)</li>"
                "<li>Loi 19/2021 instituant le revenu minimum vital</li></ul>"
            ),
            "es": (
                "<ul><li>Ley General de la Seguridad Social (texto refundido aprobado por el Real Decreto Legislativo 8/2015)</li>"
                "<li>Ley General de Sanidad (Ley 14/1986)</li>"
                "<li>Ley 19/2021, por la que se establece el ingreso mínimo vital</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Minimum Living Income (Ingreso Mínimo Vital)</li>"
                "<li>FIIAPP: co-implementation of SOCIEUX+</li>"
                "<li>Spanish public experts in SOCIEUX+ actions in Mexico, Colombia and Peru</li>"
                "<li>Ibero-American Multilateral Agreement on Social Security, promoted by the OISS</li></ul>"
            ),
            "fr": (
                "<ul><li>Revenu minimum vital (Ingreso Mínimo Vital)</li>"
                "<li>FIIAPP : mise en œuvre de SOCIEUX+</li>"
                "<li>Experts publics espagnols dans des actions SOCIEUX+ au Mexique, en Colombie et au Pérou</li>"
                "<li>Convention multilatérale ibéro-américaine de sécurité sociale, promue par l'OISS</li></ul>"
            ),
            "es": (
                "<ul><li>Ingreso Mínimo Vital</li>"
                "<li>FIIAPP: participación en la ejecución de SOCIEUX+</li>"
                "<li>Expertos públicos españoles en acciones de SOCIEUX+ en México, Colombia y Perú</li>"
                "<li>Convenio Multilateral Iberoamericano de Seguridad Social, impulsado por la OISS</li></ul>"
            ),
        },
    },
    "IT": {
        "produced_by": "Demo author: social protection desk, ILO Office for Italy and San Marino",
        "in_brief": {
            "en": (
                "<p>Italy's National Social Security Institute (INPS) pays most pensions and cash benefits, and INAIL insures workers against occupational accidents and diseases. Health care is provided to all residents by the National Health Service, established in 1978 and run by the regions. In 2024 the Inclusion Allowance replaced the citizenship income as the main minimum income scheme.</p>"
                "<p>Italy has a strong place in international cooperation on social protection. INPS led the consortium of seven European countries in the EU-China Social Protection Reform Project. Turin hosts the International Training Centre of the ILO, which runs courses on social security and on strategies to extend social protection, and Italian public experts have joined SOCIEUX+ actions in Colombia and Peru.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 833 of 1978, which established the National Health Service</li>"
                "<li>Law 335 of 1995, which introduced the notional defined contribution method for pensions</li>"
                "<li>Decree-Law 48 of 2023, which created the Inclusion Allowance</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>INPS pensions and cash benefits</li>"
                "<li>Inclusion Allowance (Assegno di inclusione)</li>"
                "<li>Leadership of the EU-China Social Protection Reform Project by INPS</li>"
                "<li>Social protection courses at the International Training Centre of the ILO, Turin</li></ul>"
            ),
        },
    },
    "PL": {
        "produced_by": "Demo author: social protection desk, ILO Office for Central and Eastern Europe (Budapest)",
        "in_brief": {
            "en": (
                "<p>Poland's Social Insurance Institution (ZUS) manages pensions and sickness, maternity and accident insurance for employees and the self-employed, while farmers have their own fund (KRUS). Health care is financed through the National Health Fund (NFZ). The 1999 pension reform introduced notional defined contribution accounts, which link pensions closely to lifetime contributions.</p>"
                "<p>The Family 500+ child benefit, introduced in 2016 and raised to 800 złoty per child in 2024, significantly reduced child poverty. Poland has also shared its reform experience abroad as one of the seven European countries in the EU-China Social Protection Reform Project led by Italy's INPS.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Act of 13 October 1998 on the social insurance system</li>"
                "<li>Act of 17 December 1998 on pensions from the Social Insurance Fund</li>"
                "<li>Act of 11 February 2016 on state aid in raising children (Family 500+)</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>ZUS social insurance and KRUS farmers' social insurance</li>"
                "<li>National Health Fund (NFZ)</li>"
                "<li>Family 800+ child benefit</li>"
                "<li>Partner in the EU-China Social Protection Reform Project</li></ul>"
            ),
        },
    },
    "RO": {
        "produced_by": "Demo author: social protection desk, ILO Office for Central and Eastern Europe (Budapest)",
        "in_brief": {
            "en": (
                "<p>Romania's public pensions are administered by the National House of Public Pensions (CNPP), and social health insurance by the National Health Insurance House (CNAS) and its county branches. A new pension law adopted in 2023 recalculated pensions under a revised formula, and the minimum inclusion income, which brings together the guaranteed minimum income and family support benefits, is the main recent social assistance reform.</p>"
                "<p>Many rural and seasonal workers remain outside health insurance or contribute irregularly, and emigration weighs on the financing of the system. Romania was a member of the consortium of the EU-China Social Protection Reform Project, sharing its experience of reform with Chinese partners.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 95/2006 on health reform</li>"
                "<li>Law 196/2016 on the minimum inclusion income</li>"
                "<li>Law 360/2023 on the public pension system</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Public pension system (CNPP)</li>"
                "<li>Social health insurance (CNAS)</li>"
                "<li>Minimum inclusion income</li>"
                "<li>Partner in the EU-China Social Protection Reform Project</li></ul>"
            ),
        },
    },
    "CZ": {
        "produced_by": "Demo author: social protection desk, ILO Office for Central and Eastern Europe (Budapest)",
        "in_brief": {
            "en": (
                "<p>Czechia has a pay-as-you-go pension system administered by the Czech Social Security Administration (ČSSZ), which also pays sickness insurance benefits. Public health insurance is compulsory and run by several health insurance companies, the largest being the General Health Insurance Company (VZP); the State pays contributions for children, pensioners, students and jobseekers.</p>"
                "<p>Coverage is almost universal and informal employment is low. Czechia took part in the EU-China Social Protection Reform Project alongside Belgium, France, Italy, Poland, Romania and Spain, contributing its experience of social security reform since 1990.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Act 155/1995 on pension insurance</li>"
                "<li>Act 48/1997 on public health insurance</li>"
                "<li>Act 187/2006 on sickness insurance</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Pension and sickness insurance (ČSSZ)</li>"
                "<li>Public health insurance, with State contributions for economically inactive groups</li>"
                "<li>Partner in the EU-China Social Protection Reform Project</li></ul>"
            ),
        },
    },
    "PT": {
        "produced_by": "Demo author: social protection desk, ILO Office in Lisbon",
        "in_brief": {
            "en": (
                "<p>Portugal's social security, governed by the Social Security Framework Law of 2007, combines a contributory system administered by the Social Security Institute (ISS) with a citizenship-based protection system that includes the Social Integration Income (RSI). The National Health Service (SNS), created in 1979, provides health care to all residents.</p>"
                "<p>Portugal is a long-standing partner of the ILO on social protection in Portuguese-speaking countries, and has funded ILO programmes on social inclusion and social protection in Africa and in Timor-Leste. CIARIS, the ILO learning and resource centre on social inclusion, brings together a large community of practitioners from Portugal, Mozambique, Cabo Verde and Brazil.</p>"
            ),
        },
        "legislation": {
            "en": (
                "<ul><li>Law 56/79, which created the National Health Service</li>"
                "<li>Law 13/2003, which created the Social Integration Income</li>"
                "<li>Law 4/2007, Social Security Framework Law</li></ul>"
            ),
        },
        "programmes": {
            "en": (
                "<ul><li>Contributory social security system (ISS)</li>"
                "<li>Social Integration Income (RSI)</li>"
                "<li>National Health Service (SNS)</li>"
                "<li>ILO cooperation on social protection with Portuguese-speaking countries</li></ul>"
            ),
        },
    },
}

# Indicator values. Codes: population, gdp-per-capita-ppp, gdp-growth, hdi, hdi-rank,
# informal-economy, govt-health-expenditure, health-expenditure-gdp, sp-coverage,
# sp-expenditure, health-coverage.
# Each entry: (year, value, source, is_demo). Values as strings.
# Demo values approximate public figures (World Bank, UNDP, WHO, ILO World Social Protection
# Report) and are all flagged is_demo=True; they must not be quoted as official figures.
DEMO_VALUES = {
    "AR": {
        "population": [
            ("2015", "43132000", "Demo data (approximate, not an official figure)", True),
            ("2018", "44495000", "Demo data (approximate, not an official figure)", True),
            ("2020", "45377000", "Demo data (approximate, not an official figure)", True),
            ("2023", "46655000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "20800", "Demo data (approximate, not an official figure)", True),
            ("2018", "23100", "Demo data (approximate, not an official figure)", True),
            ("2020", "21500", "Demo data (approximate, not an official figure)", True),
            ("2023", "29400", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "-1.6", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.849", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "48", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "49", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "15.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "9.3", "Demo data (approximate, not an official figure)", True),
            ("2018", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "10.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "9.7", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "66.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "69.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "70.2", "Demo data (approximate, not an official figure)", True),
            ("2023", "73.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "12.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CO": {
        "population": [
            ("2015", "47120000", "Demo data (approximate, not an official figure)", True),
            ("2018", "49276000", "Demo data (approximate, not an official figure)", True),
            ("2020", "50931000", "Demo data (approximate, not an official figure)", True),
            ("2023", "52085000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "14300", "Demo data (approximate, not an official figure)", True),
            ("2018", "15600", "Demo data (approximate, not an official figure)", True),
            ("2020", "15000", "Demo data (approximate, not an official figure)", True),
            ("2023", "21900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "0.6", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.758", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "91", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "58", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "17.2", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "7.6", "Demo data (approximate, not an official figure)", True),
            ("2018", "7.6", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "9.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "44.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "48.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "53.7", "Demo data (approximate, not an official figure)", True),
            ("2023", "58.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "8.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "98.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "MX": {
        "population": [
            ("2015", "121858000", "Demo data (approximate, not an official figure)", True),
            ("2018", "125328000", "Demo data (approximate, not an official figure)", True),
            ("2020", "125998000", "Demo data (approximate, not an official figure)", True),
            ("2023", "128456000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "19400", "Demo data (approximate, not an official figure)", True),
            ("2018", "20900", "Demo data (approximate, not an official figure)", True),
            ("2020", "19100", "Demo data (approximate, not an official figure)", True),
            ("2023", "24000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "3.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.781", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "77", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "56", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "10.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "5.9", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.4", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.2", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.1", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "48.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "50.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "54.5", "Demo data (approximate, not an official figure)", True),
            ("2023", "63.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "4.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "84.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "PE": {
        "population": [
            ("2015", "30711000", "Demo data (approximate, not an official figure)", True),
            ("2018", "32203000", "Demo data (approximate, not an official figure)", True),
            ("2020", "33305000", "Demo data (approximate, not an official figure)", True),
            ("2023", "34352000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "12700", "Demo data (approximate, not an official figure)", True),
            ("2018", "14000", "Demo data (approximate, not an official figure)", True),
            ("2020", "12300", "Demo data (approximate, not an official figure)", True),
            ("2023", "17100", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "-0.6", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.762", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "87", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "71", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "15.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "5.1", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.1", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.3", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "29.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "33.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "36.4", "Demo data (approximate, not an official figure)", True),
            ("2023", "42.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "3.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "96.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "BO": {
        "population": [
            ("2015", "11091000", "Demo data (approximate, not an official figure)", True),
            ("2018", "11607000", "Demo data (approximate, not an official figure)", True),
            ("2020", "11936000", "Demo data (approximate, not an official figure)", True),
            ("2023", "12388000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "7900", "Demo data (approximate, not an official figure)", True),
            ("2018", "8800", "Demo data (approximate, not an official figure)", True),
            ("2020", "8100", "Demo data (approximate, not an official figure)", True),
            ("2023", "10800", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "3.1", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.698", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "120", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "80", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "11.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "6.3", "Demo data (approximate, not an official figure)", True),
            ("2018", "6.4", "Demo data (approximate, not an official figure)", True),
            ("2020", "7.8", "Demo data (approximate, not an official figure)", True),
            ("2021", "7.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "50.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "52.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "55.3", "Demo data (approximate, not an official figure)", True),
            ("2023", "57.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "5.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "85.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "KH": {
        "population": [
            ("2015", "15418000", "Demo data (approximate, not an official figure)", True),
            ("2018", "16250000", "Demo data (approximate, not an official figure)", True),
            ("2020", "16725000", "Demo data (approximate, not an official figure)", True),
            ("2023", "17424000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "3700", "Demo data (approximate, not an official figure)", True),
            ("2018", "4500", "Demo data (approximate, not an official figure)", True),
            ("2020", "4500", "Demo data (approximate, not an official figure)", True),
            ("2023", "5900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.0", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.600", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "148", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "88", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "6.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "6.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "6.2", "Demo data (approximate, not an official figure)", True),
            ("2020", "7.5", "Demo data (approximate, not an official figure)", True),
            ("2021", "7.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.1", "Demo data (approximate, not an official figure)", True),
            ("2023", "12.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.6", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "42.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CN": {
        "population": [
            ("2015", "1379860000", "Demo data (approximate, not an official figure)", True),
            ("2018", "1402760000", "Demo data (approximate, not an official figure)", True),
            ("2020", "1411100000", "Demo data (approximate, not an official figure)", True),
            ("2023", "1410710000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "13600", "Demo data (approximate, not an official figure)", True),
            ("2018", "16800", "Demo data (approximate, not an official figure)", True),
            ("2020", "17300", "Demo data (approximate, not an official figure)", True),
            ("2023", "23300", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.788", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "75", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "56", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "9.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "4.9", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.2", "Demo data (approximate, not an official figure)", True),
            ("2020", "5.6", "Demo data (approximate, not an official figure)", True),
            ("2021", "5.4", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "63.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "66.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "70.8", "Demo data (approximate, not an official figure)", True),
            ("2023", "74.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "6.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "95.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "IN": {
        "population": [
            (
                "2005",
                "1100000000",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2010", "1240614000", "Demo data (approximate, not an official figure)", True),
            ("2015", "1322867000", "Demo data (approximate, not an official figure)", True),
            ("2020", "1396387000", "Demo data (approximate, not an official figure)", True),
            ("2023", "1428628000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            (
                "2004",
                "3139",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2010", "4400", "Demo data (approximate, not an official figure)", True),
            ("2015", "5900", "Demo data (approximate, not an official figure)", True),
            ("2020", "6500", "Demo data (approximate, not an official figure)", True),
            ("2023", "9200", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            (
                "2005",
                "9.2",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2010", "8.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "8.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "-5.8", "Demo data (approximate, not an official figure)", True),
            ("2023", "8.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            (
                "2004",
                "0.611",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2015", "0.624", "Demo data (approximate, not an official figure)", True),
            ("2022", "0.644", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            (
                "2004",
                "126",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2015", "130", "Demo data (approximate, not an official figure)", True),
            ("2022", "134", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            (
                "2005",
                "92",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2022", "88", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            (
                "2004",
                "2.9",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2015", "3.4", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.6", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            (
                "2004",
                "5.0",
                "ILO GESS country profile of India (figures as published on the old GESS site)",
                False,
            ),
            ("2010", "3.3", "Demo data (approximate, not an official figure)", True),
            ("2015", "3.6", "Demo data (approximate, not an official figure)", True),
            ("2018", "2.9", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.3", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "19.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "22.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "24.4", "Demo data (approximate, not an official figure)", True),
            ("2023", "48.8", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.7", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "58.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "ID": {
        "population": [
            ("2015", "258383000", "Demo data (approximate, not an official figure)", True),
            ("2018", "267066000", "Demo data (approximate, not an official figure)", True),
            ("2020", "271858000", "Demo data (approximate, not an official figure)", True),
            ("2023", "277534000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "10400", "Demo data (approximate, not an official figure)", True),
            ("2018", "12300", "Demo data (approximate, not an official figure)", True),
            ("2020", "12100", "Demo data (approximate, not an official figure)", True),
            ("2023", "15800", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.0", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.713", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "112", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "59", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "8.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "3.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "2.9", "Demo data (approximate, not an official figure)", True),
            ("2020", "3.4", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.7", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "25.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "28.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "27.8", "Demo data (approximate, not an official figure)", True),
            ("2023", "40.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.9", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "94.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "LA": {
        "population": [
            ("2015", "6742000", "Demo data (approximate, not an official figure)", True),
            ("2018", "7061000", "Demo data (approximate, not an official figure)", True),
            ("2020", "7319000", "Demo data (approximate, not an official figure)", True),
            ("2023", "7664000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "6600", "Demo data (approximate, not an official figure)", True),
            ("2018", "7700", "Demo data (approximate, not an official figure)", True),
            ("2020", "7900", "Demo data (approximate, not an official figure)", True),
            ("2023", "9600", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "3.7", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.620", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "139", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "82", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "4.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "2.6", "Demo data (approximate, not an official figure)", True),
            ("2018", "2.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "2.7", "Demo data (approximate, not an official figure)", True),
            ("2021", "2.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "7.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "8.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.2", "Demo data (approximate, not an official figure)", True),
            ("2023", "14.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "94.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "PH": {
        "population": [
            ("2015", "103031000", "Demo data (approximate, not an official figure)", True),
            ("2018", "108568000", "Demo data (approximate, not an official figure)", True),
            ("2020", "112191000", "Demo data (approximate, not an official figure)", True),
            ("2023", "117337000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "7400", "Demo data (approximate, not an official figure)", True),
            ("2018", "8700", "Demo data (approximate, not an official figure)", True),
            ("2020", "8000", "Demo data (approximate, not an official figure)", True),
            ("2023", "10800", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.5", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.710", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "113", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "55", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "9.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "4.1", "Demo data (approximate, not an official figure)", True),
            ("2020", "5.1", "Demo data (approximate, not an official figure)", True),
            ("2021", "5.9", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "33.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "35.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "36.7", "Demo data (approximate, not an official figure)", True),
            ("2023", "41.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "2.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "97.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "TH": {
        "population": [
            ("2015", "71128000", "Demo data (approximate, not an official figure)", True),
            ("2018", "71491000", "Demo data (approximate, not an official figure)", True),
            ("2020", "71642000", "Demo data (approximate, not an official figure)", True),
            ("2023", "71802000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "16500", "Demo data (approximate, not an official figure)", True),
            ("2018", "18900", "Demo data (approximate, not an official figure)", True),
            ("2020", "18100", "Demo data (approximate, not an official figure)", True),
            ("2023", "23400", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "1.9", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.803", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "66", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "51", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "13.9", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "3.7", "Demo data (approximate, not an official figure)", True),
            ("2018", "3.7", "Demo data (approximate, not an official figure)", True),
            ("2020", "4.4", "Demo data (approximate, not an official figure)", True),
            ("2021", "5.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "60.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "64.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "68.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "70.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "4.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "99.5", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "LK": {
        "population": [
            ("2015", "20970000", "Demo data (approximate, not an official figure)", True),
            ("2018", "21670000", "Demo data (approximate, not an official figure)", True),
            ("2020", "21919000", "Demo data (approximate, not an official figure)", True),
            ("2023", "22037000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "11500", "Demo data (approximate, not an official figure)", True),
            ("2018", "13200", "Demo data (approximate, not an official figure)", True),
            ("2020", "13200", "Demo data (approximate, not an official figure)", True),
            ("2023", "14400", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "-2.3", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.780", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "78", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "58", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "7.6", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "3.9", "Demo data (approximate, not an official figure)", True),
            ("2018", "3.8", "Demo data (approximate, not an official figure)", True),
            ("2020", "4.1", "Demo data (approximate, not an official figure)", True),
            ("2021", "4.1", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "27.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "29.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "30.5", "Demo data (approximate, not an official figure)", True),
            ("2023", "33.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "2.4", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "TR": {
        "population": [
            ("2015", "78530000", "Demo data (approximate, not an official figure)", True),
            ("2018", "82090000", "Demo data (approximate, not an official figure)", True),
            ("2020", "83385000", "Demo data (approximate, not an official figure)", True),
            ("2023", "85326000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "24000", "Demo data (approximate, not an official figure)", True),
            ("2018", "27900", "Demo data (approximate, not an official figure)", True),
            ("2020", "28400", "Demo data (approximate, not an official figure)", True),
            ("2023", "41900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.1", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.855", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "45", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "28", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "9.9", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "4.1", "Demo data (approximate, not an official figure)", True),
            ("2018", "4.1", "Demo data (approximate, not an official figure)", True),
            ("2020", "4.6", "Demo data (approximate, not an official figure)", True),
            ("2021", "4.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "63.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "65.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "67.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "71.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "12.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "98.8", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CY": {
        "population": [
            ("2015", "1161000", "Demo data (approximate, not an official figure)", True),
            ("2018", "1189000", "Demo data (approximate, not an official figure)", True),
            ("2020", "1238000", "Demo data (approximate, not an official figure)", True),
            ("2023", "1345000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "33500", "Demo data (approximate, not an official figure)", True),
            ("2018", "40000", "Demo data (approximate, not an official figure)", True),
            ("2020", "39500", "Demo data (approximate, not an official figure)", True),
            ("2023", "54500", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.5", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.907", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "29", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "12", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "16.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "6.8", "Demo data (approximate, not an official figure)", True),
            ("2018", "6.9", "Demo data (approximate, not an official figure)", True),
            ("2020", "8.1", "Demo data (approximate, not an official figure)", True),
            ("2021", "9.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "88.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "89.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "90.5", "Demo data (approximate, not an official figure)", True),
            ("2023", "91.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "13.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "BE": {
        "population": [
            ("2015", "11274000", "Demo data (approximate, not an official figure)", True),
            ("2018", "11427000", "Demo data (approximate, not an official figure)", True),
            ("2020", "11538000", "Demo data (approximate, not an official figure)", True),
            ("2023", "11823000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "46500", "Demo data (approximate, not an official figure)", True),
            ("2018", "52100", "Demo data (approximate, not an official figure)", True),
            ("2020", "52100", "Demo data (approximate, not an official figure)", True),
            ("2023", "68000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "1.4", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.942", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "12", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "12", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "15.3", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "10.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "10.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "11.1", "Demo data (approximate, not an official figure)", True),
            ("2021", "10.9", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "97.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "97.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "98.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "98.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "20.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "99.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "FR": {
        "population": [
            ("2015", "66548000", "Demo data (approximate, not an official figure)", True),
            ("2018", "67158000", "Demo data (approximate, not an official figure)", True),
            ("2020", "67571000", "Demo data (approximate, not an official figure)", True),
            ("2023", "68171000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "41000", "Demo data (approximate, not an official figure)", True),
            ("2018", "46200", "Demo data (approximate, not an official figure)", True),
            ("2020", "46300", "Demo data (approximate, not an official figure)", True),
            ("2023", "58800", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "0.9", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.910", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "28", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "10", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "15.4", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "11.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "11.2", "Demo data (approximate, not an official figure)", True),
            ("2020", "12.1", "Demo data (approximate, not an official figure)", True),
            ("2021", "12.3", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "99.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "99.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "99.8", "Demo data (approximate, not an official figure)", True),
            ("2023", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "24.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "LU": {
        "population": [
            ("2015", "569600", "Demo data (approximate, not an official figure)", True),
            ("2018", "607700", "Demo data (approximate, not an official figure)", True),
            ("2020", "630400", "Demo data (approximate, not an official figure)", True),
            ("2023", "668600", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "101000", "Demo data (approximate, not an official figure)", True),
            ("2018", "115000", "Demo data (approximate, not an official figure)", True),
            ("2020", "118000", "Demo data (approximate, not an official figure)", True),
            ("2023", "140000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "-1.1", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.927", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "20", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "8", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "12.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "5.3", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.3", "Demo data (approximate, not an official figure)", True),
            ("2020", "5.8", "Demo data (approximate, not an official figure)", True),
            ("2021", "5.7", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "96.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "96.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "97.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "97.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "15.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "99.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "ES": {
        "population": [
            ("2015", "46444000", "Demo data (approximate, not an official figure)", True),
            ("2018", "46793000", "Demo data (approximate, not an official figure)", True),
            ("2020", "47365000", "Demo data (approximate, not an official figure)", True),
            ("2023", "48373000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "35000", "Demo data (approximate, not an official figure)", True),
            ("2018", "40200", "Demo data (approximate, not an official figure)", True),
            ("2020", "37300", "Demo data (approximate, not an official figure)", True),
            ("2023", "50400", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.5", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.911", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "27", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "22", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "15.4", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "9.1", "Demo data (approximate, not an official figure)", True),
            ("2018", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "10.7", "Demo data (approximate, not an official figure)", True),
            ("2021", "10.7", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "85.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "87.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "89.8", "Demo data (approximate, not an official figure)", True),
            ("2023", "91.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "19.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "IT": {
        "population": [
            ("2015", "60731000", "Demo data (approximate, not an official figure)", True),
            ("2018", "60422000", "Demo data (approximate, not an official figure)", True),
            ("2020", "59439000", "Demo data (approximate, not an official figure)", True),
            ("2023", "58994000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "37000", "Demo data (approximate, not an official figure)", True),
            ("2018", "42000", "Demo data (approximate, not an official figure)", True),
            ("2020", "41800", "Demo data (approximate, not an official figure)", True),
            ("2023", "54200", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "0.7", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.906", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "30", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "18", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "13.3", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "8.9", "Demo data (approximate, not an official figure)", True),
            ("2018", "8.7", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.6", "Demo data (approximate, not an official figure)", True),
            ("2021", "9.4", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "92.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "93.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "94.5", "Demo data (approximate, not an official figure)", True),
            ("2023", "95.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "23.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "PL": {
        "population": [
            ("2015", "37986000", "Demo data (approximate, not an official figure)", True),
            ("2018", "37974000", "Demo data (approximate, not an official figure)", True),
            ("2020", "37899000", "Demo data (approximate, not an official figure)", True),
            ("2023", "36687000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "26600", "Demo data (approximate, not an official figure)", True),
            ("2018", "31400", "Demo data (approximate, not an official figure)", True),
            ("2020", "34300", "Demo data (approximate, not an official figure)", True),
            ("2023", "47600", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "0.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.881", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "36", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "16", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "10.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "6.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "6.3", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.5", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.4", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "84.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "86.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "88.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "90.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "17.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "92.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "RO": {
        "population": [
            ("2015", "19816000", "Demo data (approximate, not an official figure)", True),
            ("2018", "19473000", "Demo data (approximate, not an official figure)", True),
            ("2020", "19258000", "Demo data (approximate, not an official figure)", True),
            ("2023", "19056000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "22100", "Demo data (approximate, not an official figure)", True),
            ("2018", "28500", "Demo data (approximate, not an official figure)", True),
            ("2020", "30700", "Demo data (approximate, not an official figure)", True),
            ("2023", "44000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.1", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.827", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "53", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "24", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "12.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "4.9", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.6", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "80.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "82.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "84.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "86.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "13.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "88.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CZ": {
        "population": [
            ("2015", "10546000", "Demo data (approximate, not an official figure)", True),
            ("2018", "10626000", "Demo data (approximate, not an official figure)", True),
            ("2020", "10700000", "Demo data (approximate, not an official figure)", True),
            ("2023", "10873000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "34500", "Demo data (approximate, not an official figure)", True),
            ("2018", "40800", "Demo data (approximate, not an official figure)", True),
            ("2020", "42500", "Demo data (approximate, not an official figure)", True),
            ("2023", "53000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "-0.1", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.895", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "32", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "9", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "16.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "7.2", "Demo data (approximate, not an official figure)", True),
            ("2018", "7.4", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.2", "Demo data (approximate, not an official figure)", True),
            ("2021", "9.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "95.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "95.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "96.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "96.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "14.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "PT": {
        "population": [
            ("2015", "10358000", "Demo data (approximate, not an official figure)", True),
            ("2018", "10284000", "Demo data (approximate, not an official figure)", True),
            ("2020", "10298000", "Demo data (approximate, not an official figure)", True),
            ("2023", "10525000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2015", "29800", "Demo data (approximate, not an official figure)", True),
            ("2018", "34600", "Demo data (approximate, not an official figure)", True),
            ("2020", "33700", "Demo data (approximate, not an official figure)", True),
            ("2023", "45800", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.5", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.874", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "42", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2022", "13", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "13.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2015", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "9.3", "Demo data (approximate, not an official figure)", True),
            ("2020", "10.5", "Demo data (approximate, not an official figure)", True),
            ("2021", "11.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2015", "89.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "90.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "91.5", "Demo data (approximate, not an official figure)", True),
            ("2023", "92.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "18.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "100.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
}

# Optional notes on single values (IndicatorValue.note); keys as in DEMO_VALUES.
VALUE_NOTES = {
    "IN": {
        "informal-economy": {"2005": "Year not given on the original page"},
        "hdi": {
            "2004": "Calculated with the HDI method used before 2010; not directly comparable with later values"
        },
        "hdi-rank": {"2004": "Rank among 177 countries (Human Development Report 2006)"},
    },
}
