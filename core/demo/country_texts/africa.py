# ruff: noqa: E501  (paragraphs in three languages read better unbroken)
"""Demo country profiles: Africa and the Arab States (18 countries).

Texts written for the demo from well-known public facts (names of schemes, institutions
and laws) and from the GESS seed material; where a detail was uncertain the text stays
general. Figures in ``DEMO_VALUES`` are demo data: plausible approximations, each marked
``is_demo=True``, never official figures.
"""

COUNTRY_TEXTS = {
    "BJ": {
        "produced_by": "Demo author: social protection team, ILO Abidjan",
        "in_brief": {
            "en": "<p>Benin's statutory social security mainly reaches salaried workers: the Caisse nationale de sécurité sociale (CNSS) serves private-sector employees and the Fonds national des retraites du Bénin (FNRB) pays civil service pensions. Most people work in the informal economy and have long relied on community-based mutual health organisations, such as the Mutuelle de sécurité sociale du Bénin, which tested social marketing to reach informal workers with ILO/STEP support.</p><p>Since 2019 the government has brought its efforts together in the ARCH programme (Assurance pour le renforcement du capital humain). It combines health insurance, training, microcredit and an old-age pension for poor and informal households, identified through a social registry, and a dedicated national agency oversees its gradual roll-out.</p><p>As a WAEMU member, Benin applies the 2009 regional regulation on mutual social organisations and benefits from the ILO Flagship Programme's work with the WAEMU Commission and CIPRES.</p>",
            "fr": "<p>Au Bénin, la sécurité sociale légale touche surtout les salariés : la Caisse nationale de sécurité sociale (CNSS) couvre les travailleurs du secteur privé et le Fonds national des retraites du Bénin (FNRB) verse les pensions des fonctionnaires. La majorité de la population active travaille dans l'économie informelle et s'est longtemps tournée vers les mutuelles de santé communautaires, comme la Mutuelle de sécurité sociale du Bénin, qui a expérimenté le marketing social auprès des travailleurs informels avec l'appui du BIT/STEP.</p><p>Depuis 2019, l'État a regroupé son action dans le programme ARCH (Assurance pour le renforcement du capital humain). Celui-ci associe assurance maladie, formation, microcrédit et pension de vieillesse au profit des ménages pauvres et informels, repérés grâce à un registre social, et une agence nationale dédiée en pilote le déploiement progressif.</p><p>Membre de l'UEMOA, le Bénin applique le règlement régional de 2009 sur la mutualité sociale et bénéficie des travaux du Programme phare du BIT menés avec la Commission de l'UEMOA et la CIPRES.</p>",
            "es": "<p>En Benín, la seguridad social obligatoria llega sobre todo a los asalariados: la Caisse nationale de sécurité sociale (CNSS) protege a los trabajadores del sector privado y el Fonds national des retraites du Bénin (FNRB) paga las pensiones de los funcionarios. La mayoría de la población trabaja en la economía informal y durante mucho tiempo ha recurrido a las mutuales de salud comunitarias, como la Mutuelle de sécurité sociale du Bénin, que ensayó el marketing social para llegar a los trabajadores informales con el apoyo de la OIT/STEP.</p><p>Desde 2019, el Gobierno reúne sus esfuerzos en el programa ARCH (Assurance pour le renforcement du capital humain), que combina seguro de salud, formación, microcrédito y una pensión de vejez para los hogares pobres e informales, identificados mediante un registro social. Una agencia nacional específica supervisa su despliegue progresivo.</p><p>Como miembro de la UEMOA, Benín aplica el reglamento regional de 2009 sobre las mutuales sociales y se beneficia del trabajo del Programa Emblemático de la OIT con la Comisión de la UEMOA y la CIPRES.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 98-019 of 21 March 2003 on the Social Security Code, which governs the CNSS.</li><li>The legal framework of the universal health insurance scheme (RAMU), later taken over by the ARCH programme.</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li><li>The texts governing civil service pensions paid by the FNRB.</li></ul>",
            "fr": "<ul><li>Loi n° 98-019 du 21 mars 2003 portant Code de sécurité sociale, qui régit la CNSS.</li><li>Le cadre juridique du Régime d'assurance maladie universelle (RAMU), repris ensuite par le programme ARCH.</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li><li>Les textes régissant les pensions des fonctionnaires versées par le FNRB.</li></ul>",
            "es": "<ul><li>Ley n.º 98-019 de 21 de marzo de 2003 relativa al Código de Seguridad Social, que rige la CNSS.</li><li>El marco jurídico del régimen de seguro de salud universal (RAMU), retomado después por el programa ARCH.</li><li>Reglamento n.º 07/2009/CM/UEMOA de 26 de junio de 2009 sobre las mutuales sociales.</li><li>Los textos que regulan las pensiones de los funcionarios pagadas por el FNRB.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>ARCH: health insurance, training, microcredit and old-age pension for poor and informal households.</li><li>CNSS schemes for private-sector employees: pensions, family benefits and employment injury.</li><li>Community-based mutual health organisations and their networks.</li><li>Free caesarean sections in public hospitals.</li></ul>",
            "fr": "<ul><li>ARCH : assurance maladie, formation, microcrédit et pension de vieillesse pour les ménages pauvres et informels.</li><li>Régimes de la CNSS pour les salariés du secteur privé : pensions, prestations familiales et risques professionnels.</li><li>Mutuelles de santé communautaires et leurs réseaux.</li><li>Gratuité de la césarienne dans les hôpitaux publics.</li></ul>",
            "es": "<ul><li>ARCH: seguro de salud, formación, microcrédito y pensión de vejez para los hogares pobres e informales.</li><li>Regímenes de la CNSS para los asalariados del sector privado: pensiones, prestaciones familiares y riesgos profesionales.</li><li>Mutuales de salud comunitarias y sus redes.</li><li>Cesáreas gratuitas en los hospitales públicos.</li></ul>",
        },
    },
    "BF": {
        "produced_by": "Demo author: social protection team, ILO Abidjan",
        "in_brief": {
            "en": "<p>In Burkina Faso the Caisse nationale de sécurité sociale (CNSS) covers private-sector employees, while the Caisse autonome de retraite des fonctionnaires (CARFO) manages civil servants' pensions. Since most workers earn their living in agriculture and the informal economy, statutory coverage remains narrow, and community-based mutual health organisations have long been the main form of health protection outside formal jobs. The CNSS has also opened voluntary insurance to self-employed people.</p><p>A 2015 law created a universal health insurance scheme (RAMU), run by a national fund, the CNAMU, with state-paid contributions for the poorest. Since 2016 care for children under five and pregnant women has been free in public facilities. The national social protection policy adopted in 2012 frames cash transfers and other safety nets.</p><p>As a WAEMU member, Burkina Faso takes part in the regional work on the place of social mutuals in national health protection systems, supported by the ILO Flagship Programme.</p>",
            "fr": "<p>Au Burkina Faso, la Caisse nationale de sécurité sociale (CNSS) couvre les salariés du secteur privé et la Caisse autonome de retraite des fonctionnaires (CARFO) gère les pensions des agents de l'État. Comme la plupart des travailleurs vivent de l'agriculture et de l'économie informelle, la couverture légale reste étroite, et les mutuelles de santé communautaires ont longtemps été la principale forme de protection en santé hors de l'emploi formel. La CNSS a aussi ouvert une assurance volontaire aux travailleurs indépendants.</p><p>Une loi de 2015 a institué le Régime d'assurance maladie universelle (RAMU), géré par une caisse nationale, la CNAMU, l'État prenant en charge les cotisations des plus pauvres. Depuis 2016, les soins des enfants de moins de cinq ans et des femmes enceintes sont gratuits dans les formations sanitaires publiques. La politique nationale de protection sociale adoptée en 2012 encadre les transferts monétaires et les autres filets sociaux.</p><p>Membre de l'UEMOA, le Burkina Faso participe aux travaux régionaux sur la place des mutuelles sociales dans les systèmes nationaux de protection sociale en santé, appuyés par le Programme phare du BIT.</p>",
            "es": "<p>En Burkina Faso, la Caisse nationale de sécurité sociale (CNSS) protege a los asalariados del sector privado y la Caisse autonome de retraite des fonctionnaires (CARFO) administra las pensiones de los funcionarios. Como la mayoría de los trabajadores vive de la agricultura y de la economía informal, la cobertura legal sigue siendo limitada, y las mutuales de salud comunitarias han sido durante mucho tiempo la principal forma de protección de la salud fuera del empleo formal. La CNSS también ofrece un seguro voluntario a los trabajadores independientes.</p><p>Una ley de 2015 creó el régimen de seguro de salud universal (RAMU), administrado por una caja nacional, la CNAMU, y el Estado paga las cotizaciones de los más pobres. Desde 2016, la atención de los menores de cinco años y de las mujeres embarazadas es gratuita en los centros públicos. La política nacional de protección social adoptada en 2012 enmarca las transferencias monetarias y otras redes de seguridad.</p><p>Como miembro de la UEMOA, Burkina Faso participa en el trabajo regional sobre el lugar de las mutuales sociales en los sistemas nacionales de protección de la salud, con el apoyo del Programa Emblemático de la OIT.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 015-2006/AN of 11 May 2006 on the social security scheme for salaried and assimilated workers.</li><li>Law No. 060-2015/CNT of 5 September 2015 on the universal health insurance scheme (RAMU).</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li><li>The texts governing civil servants' pensions managed by the CARFO.</li></ul>",
            "fr": "<ul><li>Loi n° 015-2006/AN du 11 mai 2006 portant régime de sécurité sociale applicable aux travailleurs salariés et assimilés.</li><li>Loi n° 060-2015/CNT du 5 septembre 2015 portant régime d'assurance maladie universelle (RAMU).</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li><li>Les textes régissant les pensions des fonctionnaires gérées par la CARFO.</li></ul>",
            "es": "<ul><li>Ley n.º 015-2006/AN de 11 de mayo de 2006 sobre el régimen de seguridad social de los trabajadores asalariados y asimilados.</li><li>Ley n.º 060-2015/CNT de 5 de septiembre de 2015 sobre el régimen de seguro de salud universal (RAMU).</li><li>Reglamento n.º 07/2009/CM/UEMOA de 26 de junio de 2009 sobre las mutuales sociales.</li><li>Los textos que regulan las pensiones de los funcionarios administradas por la CARFO.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Universal health insurance (RAMU), run by the CNAMU.</li><li>Free health care for children under five and pregnant women.</li><li>CNSS schemes, including voluntary insurance for the self-employed.</li><li>Community-based mutual health organisations.</li><li>The Burkin-Naong-Sa Ya social safety net project (cash transfers to poor households).</li></ul>",
            "fr": "<ul><li>Assurance maladie universelle (RAMU), gérée par la CNAMU.</li><li>Gratuité des soins pour les enfants de moins de cinq ans et les femmes enceintes.</li><li>Régimes de la CNSS, dont l'assurance volontaire des travailleurs indépendants.</li><li>Mutuelles de santé communautaires.</li><li>Projet de filets sociaux Burkin-Naong-Sa Ya (transferts monétaires aux ménages pauvres).</li></ul>",
            "es": "<ul><li>Seguro de salud universal (RAMU), administrado por la CNAMU.</li><li>Atención de salud gratuita para los menores de cinco años y las mujeres embarazadas.</li><li>Regímenes de la CNSS, incluido el seguro voluntario de los trabajadores independientes.</li><li>Mutuales de salud comunitarias.</li><li>Proyecto de redes de seguridad social Burkin-Naong-Sa Ya (transferencias monetarias a hogares pobres).</li></ul>",
        },
    },
    "CD": {
        "produced_by": "Demo author: social protection team, ILO Kinshasa",
        "in_brief": {
            "en": "<p>Social security in the Democratic Republic of the Congo has long reached only a small share of wage earners. The Institut national de sécurité sociale (INSS) manages pensions, employment injury and family benefits for private-sector employees, and a 2016 reform of the general scheme led to the creation of a separate fund for public servants, the Caisse nationale de sécurité sociale des agents publics de l'État (CNSSAP).</p><p>Most people live from informal and rural activities. Mutual health organisations, some of them decades old, and faith-based health networks protect part of the population against the cost of care, and a 2017 law now gives mutuals a legal framework. The government has made universal health coverage a national priority and has started to introduce free maternal and newborn care.</p><p>Reliable collection of contributions, the extension of coverage to self-employed workers and the financing of health protection remain the main challenges.</p>",
            "fr": "<p>En République démocratique du Congo, la sécurité sociale n'a longtemps touché qu'une petite partie des salariés. L'Institut national de sécurité sociale (INSS) gère les pensions, les risques professionnels et les prestations familiales des travailleurs du secteur privé, et une réforme du régime général en 2016 a conduit à créer une caisse distincte pour les agents publics, la Caisse nationale de sécurité sociale des agents publics de l'État (CNSSAP).</p><p>La plupart des habitants vivent d'activités informelles et rurales. Des mutuelles de santé, dont certaines existent depuis des décennies, et des réseaux de santé confessionnels protègent une partie de la population contre le coût des soins, et une loi de 2017 donne désormais un cadre juridique à la mutualité. Le gouvernement a fait de la couverture santé universelle une priorité nationale et a commencé à instaurer la gratuité des soins de la mère et du nouveau-né.</p><p>Le recouvrement fiable des cotisations, l'extension de la couverture aux travailleurs indépendants et le financement de la protection en santé restent les principaux défis.</p>",
            "es": "<p>En la República Democrática del Congo, la seguridad social solo ha llegado durante mucho tiempo a una pequeña parte de los asalariados. El Institut national de sécurité sociale (INSS) administra las pensiones, los riesgos profesionales y las prestaciones familiares de los trabajadores del sector privado, y una reforma del régimen general en 2016 llevó a crear una caja separada para los empleados públicos, la Caisse nationale de sécurité sociale des agents publics de l'État (CNSSAP).</p><p>La mayoría de la población vive de actividades informales y rurales. Las mutuales de salud, algunas con décadas de existencia, y las redes sanitarias confesionales protegen a una parte de la población frente al costo de la atención, y una ley de 2017 da ahora un marco jurídico a las mutuales. El Gobierno ha hecho de la cobertura sanitaria universal una prioridad nacional y ha empezado a introducir la atención gratuita de la madre y del recién nacido.</p><p>La recaudación fiable de las cotizaciones, la extensión de la cobertura a los trabajadores independientes y la financiación de la protección de la salud siguen siendo los principales desafíos.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 16/009 of 15 July 2016 setting the rules of the general social security scheme.</li><li>Law No. 17/002 of 8 February 2017 on the fundamental principles of mutual organisations.</li><li>Law No. 015/2002 of 16 October 2002 on the Labour Code.</li></ul>",
            "fr": "<ul><li>Loi n° 16/009 du 15 juillet 2016 fixant les règles relatives au régime général de la sécurité sociale.</li><li>Loi n° 17/002 du 8 février 2017 déterminant les principes fondamentaux relatifs à la mutualité.</li><li>Loi n° 015/2002 du 16 octobre 2002 portant Code du travail.</li></ul>",
            "es": "<ul><li>Ley n.º 16/009 de 15 de julio de 2016 que fija las normas del régimen general de seguridad social.</li><li>Ley n.º 17/002 de 8 de febrero de 2017 sobre los principios fundamentales de las mutuales.</li><li>Ley n.º 015/2002 de 16 de octubre de 2002 relativa al Código del Trabajo.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>INSS general scheme for private-sector employees.</li><li>CNSSAP scheme for public servants.</li><li>Community-based and faith-based mutual health organisations.</li><li>Gradual introduction of free maternal and newborn care under the universal health coverage strategy.</li></ul>",
            "fr": "<ul><li>Régime général de l'INSS pour les salariés du secteur privé.</li><li>Régime de la CNSSAP pour les agents publics.</li><li>Mutuelles de santé communautaires et confessionnelles.</li><li>Introduction progressive de la gratuité des soins de la mère et du nouveau-né dans le cadre de la stratégie de couverture santé universelle.</li></ul>",
            "es": "<ul><li>Régimen general del INSS para los asalariados del sector privado.</li><li>Régimen de la CNSSAP para los empleados públicos.</li><li>Mutuales de salud comunitarias y confesionales.</li><li>Introducción progresiva de la atención gratuita de la madre y del recién nacido en el marco de la estrategia de cobertura sanitaria universal.</li></ul>",
        },
    },
    "LS": {
        "produced_by": "Demo author: social protection team, ILO Pretoria",
        "in_brief": {
            "en": "<p>Lesotho stands out in southern Africa for its tax-financed benefits. The universal Old Age Pension, paid since 2004 to citizens aged 70 and over who receive no other public pension, reaches almost all older people, and the Child Grants Programme, started in 2009, supports poor households with children.</p><p>Contributory social insurance is less developed. Public servants belong to a defined-contribution pension fund and employers remain liable for work injuries under the Workmen's Compensation Act, but there is as yet no national social security fund for private-sector workers, many of whom work in the textile industry or in South Africa. Plans for such a fund have been discussed for several years.</p><p>Health care is provided mainly by government facilities and the Christian Health Association of Lesotho, with primary care largely free at the point of use. The national social protection strategy guides the integration of these programmes.</p>",
            "fr": "<p>Le Lesotho se distingue en Afrique australe par ses prestations financées par l'impôt. La pension de vieillesse universelle, versée depuis 2004 aux citoyens de 70 ans et plus qui ne perçoivent aucune autre pension publique, atteint presque toutes les personnes âgées, et le programme d'allocations pour enfants, lancé en 2009, soutient les ménages pauvres avec enfants.</p><p>L'assurance sociale contributive est moins développée. Les agents publics relèvent d'un fonds de pension à cotisations définies et les employeurs restent responsables des accidents du travail en vertu de la loi sur l'indemnisation des travailleurs, mais il n'existe pas encore de caisse nationale de sécurité sociale pour les salariés du privé, dont beaucoup travaillent dans le textile ou en Afrique du Sud. La création d'une telle caisse est à l'étude depuis plusieurs années.</p><p>Les soins sont assurés surtout par les structures publiques et par l'Association chrétienne de santé du Lesotho, et les soins de santé primaires y sont en grande partie gratuits. La stratégie nationale de protection sociale guide l'intégration de ces programmes.</p>",
        },
        "legislation": {
            "en": "<ul><li>Old Age Pensions Act, 2005.</li><li>Workmen's Compensation Act, 1977.</li><li>Public Officers' Defined Contribution Pension Fund Act, 2008.</li><li>Labour Code Order, 1992.</li></ul>",
            "fr": "<ul><li>Loi sur les pensions de vieillesse (Old Age Pensions Act), 2005.</li><li>Loi sur l'indemnisation des travailleurs (Workmen's Compensation Act), 1977.</li><li>Loi sur le fonds de pension à cotisations définies des agents publics (Public Officers' Defined Contribution Pension Fund Act), 2008.</li><li>Code du travail (Labour Code Order), 1992.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Universal Old Age Pension for people aged 70 and over.</li><li>Child Grants Programme for poor households with children.</li><li>Public Assistance Programme for destitute people.</li><li>Public Officers' Defined Contribution Pension Fund.</li></ul>",
            "fr": "<ul><li>Pension de vieillesse universelle pour les personnes de 70 ans et plus.</li><li>Programme d'allocations pour enfants destiné aux ménages pauvres.</li><li>Programme d'assistance publique pour les personnes démunies.</li><li>Fonds de pension à cotisations définies des agents publics.</li></ul>",
        },
    },
    "SN": {
        "produced_by": "Demo author: social protection team, ILO Dakar",
        "in_brief": {
            "en": "<p>Senegal's statutory schemes are run by the Caisse de sécurité sociale (family benefits, maternity and employment injury), the Institution de prévoyance retraite du Sénégal (IPRES, private-sector pensions) and the Fonds national de retraite for civil servants, while company health insurance institutions (IPM) cover many salaried workers.</p><p>To reach the informal and rural majority, the country launched its universal health coverage programme, the Couverture maladie universelle (CMU), in 2013. It relies on community-based mutual health organisations, subsidised for the poorest households, alongside free care for children under five, for older people under the Plan Sésame and for some costly treatments. Senegal has a long mutual tradition, and the ILO/STEP programme helped the Ministry of Health define a framework contract between mutuals and health facilities. The Programme national de bourses de sécurité familiale pays cash transfers to poor families.</p><p>A simplified scheme for small taxpayers is being developed to bring informal operators into social insurance.</p>",
            "fr": "<p>Au Sénégal, les régimes légaux sont gérés par la Caisse de sécurité sociale (prestations familiales, maternité et risques professionnels), l'Institution de prévoyance retraite du Sénégal (IPRES, pensions du secteur privé) et le Fonds national de retraite pour les fonctionnaires, tandis que les institutions de prévoyance maladie (IPM) des entreprises couvrent de nombreux salariés.</p><p>Pour atteindre la majorité informelle et rurale, le pays a lancé en 2013 la Couverture maladie universelle (CMU). Elle s'appuie sur les mutuelles de santé communautaires, subventionnées pour les ménages les plus pauvres, ainsi que sur la gratuité des soins pour les enfants de moins de cinq ans, pour les personnes âgées avec le Plan Sésame et pour certains traitements coûteux. Le Sénégal a une longue tradition mutualiste, et le programme BIT/STEP a aidé le ministère de la Santé à définir une convention cadre entre les mutuelles et les formations sanitaires. Le Programme national de bourses de sécurité familiale verse des transferts monétaires aux familles pauvres.</p><p>Un régime simplifié pour les petits contribuables est en préparation afin de faire entrer les opérateurs informels dans l'assurance sociale.</p>",
            "es": "<p>En Senegal, los regímenes obligatorios están a cargo de la Caisse de sécurité sociale (prestaciones familiares, maternidad y riesgos profesionales), la Institution de prévoyance retraite du Sénégal (IPRES, pensiones del sector privado) y el Fonds national de retraite para los funcionarios, mientras que las instituciones de previsión de enfermedad de las empresas (IPM) protegen a muchos asalariados.</p><p>Para llegar a la mayoría informal y rural, el país puso en marcha en 2013 la Couverture maladie universelle (CMU). Esta se apoya en las mutuales de salud comunitarias, subvencionadas para los hogares más pobres, junto con la atención gratuita para los menores de cinco años, para las personas mayores con el Plan Sésame y para algunos tratamientos costosos. Senegal tiene una larga tradición mutualista, y el programa OIT/STEP ayudó al Ministerio de Salud a definir un convenio marco entre las mutuales y los centros de salud. El Programme national de bourses de sécurité familiale paga transferencias monetarias a las familias pobres.</p><p>Se está preparando un régimen simplificado para pequeños contribuyentes con el fin de incorporar a los operadores informales al seguro social.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 73-37 of 31 July 1973 on the Social Security Code.</li><li>Law No. 97-17 of 1 December 1997 on the Labour Code.</li><li>Law No. 2003-14 of 4 June 2003 on mutual health organisations.</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li></ul>",
            "fr": "<ul><li>Loi n° 73-37 du 31 juillet 1973 portant Code de la sécurité sociale.</li><li>Loi n° 97-17 du 1er décembre 1997 portant Code du travail.</li><li>Loi n° 2003-14 du 4 juin 2003 relative aux mutuelles de santé.</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li></ul>",
            "es": "<ul><li>Ley n.º 73-37 de 31 de julio de 1973 relativa al Código de Seguridad Social.</li><li>Ley n.º 97-17 de 1 de diciembre de 1997 relativa al Código del Trabajo.</li><li>Ley n.º 2003-14 de 4 de junio de 2003 sobre las mutuales de salud.</li><li>Reglamento n.º 07/2009/CM/UEMOA de 26 de junio de 2009 sobre las mutuales sociales.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Couverture maladie universelle (CMU), based on community mutual health organisations and free care schemes.</li><li>Plan Sésame: free health care for people aged 60 and over.</li><li>Programme national de bourses de sécurité familiale: cash transfers to poor families.</li><li>IPRES and Caisse de sécurité sociale schemes for salaried workers.</li></ul>",
            "fr": "<ul><li>Couverture maladie universelle (CMU), fondée sur les mutuelles de santé communautaires et les politiques de gratuité.</li><li>Plan Sésame : soins gratuits pour les personnes de 60 ans et plus.</li><li>Programme national de bourses de sécurité familiale : transferts monétaires aux familles pauvres.</li><li>Régimes de l'IPRES et de la Caisse de sécurité sociale pour les salariés.</li></ul>",
            "es": "<ul><li>Couverture maladie universelle (CMU), basada en las mutuales de salud comunitarias y en las políticas de gratuidad.</li><li>Plan Sésame: atención de salud gratuita para las personas de 60 años o más.</li><li>Programme national de bourses de sécurité familiale: transferencias monetarias a las familias pobres.</li><li>Regímenes del IPRES y de la Caisse de sécurité sociale para los asalariados.</li></ul>",
        },
    },
    "CI": {
        "produced_by": "Demo author: social protection team, ILO Abidjan",
        "in_brief": {
            "en": "<p>In Côte d'Ivoire the Caisse nationale de prévoyance sociale (CNPS) covers private-sector employees and the Caisse générale de retraite des agents de l'État (CGRAE) covers civil servants. Since 2019 the CNPS has also run a scheme for self-employed workers, the Régime social des travailleurs indépendants (RSTI), to bring informal workers into social insurance.</p><p>The 2014 law on universal health coverage created the Couverture maladie universelle (CMU), a compulsory scheme for all residents managed by the Caisse nationale d'assurance maladie (CNAM), with a non-contributory component for the poor. Enrolment has grown quickly, but collecting contributions from informal workers remains difficult. The Programme des filets sociaux productifs pays cash transfers to poor households.</p><p>Through SOCIEUX+, experts from France helped the Ministry of Employment and Social Protection draw up a roadmap for a national social security policy and draft a national social assistance policy, with particular attention to older people.</p>",
            "fr": "<p>En Côte d'Ivoire, la Caisse nationale de prévoyance sociale (CNPS) couvre les salariés du secteur privé et la Caisse générale de retraite des agents de l'État (CGRAE) les fonctionnaires. Depuis 2019, la CNPS gère aussi le Régime social des travailleurs indépendants (RSTI), destiné à faire entrer les travailleurs informels dans l'assurance sociale.</p><p>La loi de 2014 sur la couverture maladie universelle a créé la CMU, un régime obligatoire pour tous les résidents géré par la Caisse nationale d'assurance maladie (CNAM), avec un volet non contributif pour les plus pauvres. Les enrôlements ont progressé rapidement, mais le recouvrement des cotisations des travailleurs informels reste difficile. Le Programme des filets sociaux productifs verse des transferts monétaires aux ménages pauvres.</p><p>Dans le cadre de SOCIEUX+, des experts français ont aidé le ministère de l'Emploi et de la Protection sociale à élaborer une feuille de route pour une politique nationale de sécurité sociale et un projet de politique nationale d'action sociale, attentif en particulier à la situation des personnes âgées.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 99-477 of 2 August 1999 on the Social Insurance Code (Code de prévoyance sociale).</li><li>Law No. 2014-131 of 24 March 2014 establishing universal health coverage (CMU).</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li></ul>",
            "fr": "<ul><li>Loi n° 99-477 du 2 août 1999 portant Code de prévoyance sociale.</li><li>Loi n° 2014-131 du 24 mars 2014 instituant la couverture maladie universelle (CMU).</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Couverture maladie universelle (CMU), managed by the CNAM.</li><li>Régime social des travailleurs indépendants (RSTI) of the CNPS.</li><li>Programme des filets sociaux productifs: cash transfers to poor households.</li><li>CNPS and CGRAE pension schemes.</li></ul>",
            "fr": "<ul><li>Couverture maladie universelle (CMU), gérée par la CNAM.</li><li>Régime social des travailleurs indépendants (RSTI) de la CNPS.</li><li>Programme des filets sociaux productifs : transferts monétaires aux ménages pauvres.</li><li>Régimes de retraite de la CNPS et de la CGRAE.</li></ul>",
        },
    },
    "GA": {
        "produced_by": "Demo author: social protection team, ILO Yaoundé",
        "in_brief": {
            "en": "<p>Gabon has built one of the widest health insurance schemes in Central Africa. The Caisse nationale d'assurance maladie et de garantie sociale (CNAMGS), set up under a 2007 ordinance, first covered low-income Gabonese, financed by a levy on mobile telephone operators and money transfers, and was then gradually extended to public servants and private-sector employees.</p><p>Other branches are managed by the Caisse nationale de sécurité sociale (CNSS) for private-sector employees and by the Caisse des pensions et des prestations familiales des agents de l'État (CPPF) for civil servants. Through SOCIEUX+, experts from France and Luxembourg helped the CPPF take stock of how public officials are protected against occupational accidents and diseases, and drafted texts to extend its benefits to these risks.</p><p>The financial sustainability of the schemes and the coverage of informal workers who are not in the low-income category are the main issues for the years ahead.</p>",
            "fr": "<p>Le Gabon s'est doté de l'un des régimes d'assurance maladie les plus étendus d'Afrique centrale. La Caisse nationale d'assurance maladie et de garantie sociale (CNAMGS), créée par une ordonnance de 2007, a d'abord couvert les Gabonais économiquement faibles, grâce à une redevance prélevée sur les opérateurs de téléphonie mobile et les transferts d'argent, avant d'être étendue progressivement aux agents publics et aux salariés du privé.</p><p>Les autres branches relèvent de la Caisse nationale de sécurité sociale (CNSS) pour les salariés du privé et de la Caisse des pensions et des prestations familiales des agents de l'État (CPPF) pour les fonctionnaires. Dans le cadre de SOCIEUX+, des experts de France et du Luxembourg ont aidé la CPPF à dresser l'inventaire de la protection des agents publics contre les accidents du travail et les maladies professionnelles, puis ont rédigé des textes pour étendre ses prestations à ces risques.</p><p>La viabilité financière des régimes et la couverture des travailleurs informels qui ne relèvent pas de la catégorie des personnes économiquement faibles sont les grands enjeux des années à venir.</p>",
        },
        "legislation": {
            "en": "<ul><li>The 2007 ordinance establishing the compulsory health insurance and social guarantee scheme managed by the CNAMGS.</li><li>The Social Security Code governing the CNSS scheme for private-sector employees.</li><li>The texts governing pensions and family benefits of state employees paid by the CPPF.</li></ul>",
            "fr": "<ul><li>L'ordonnance de 2007 instituant le régime obligatoire d'assurance maladie et de garantie sociale géré par la CNAMGS.</li><li>Le Code de sécurité sociale qui régit le régime de la CNSS pour les salariés du secteur privé.</li><li>Les textes régissant les pensions et les prestations familiales des agents de l'État versées par la CPPF.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>CNAMGS health insurance, including the scheme for low-income Gabonese.</li><li>CNSS schemes for private-sector employees.</li><li>CPPF pensions and family benefits for state employees, with a planned extension to occupational risks.</li></ul>",
            "fr": "<ul><li>Assurance maladie de la CNAMGS, y compris le régime des Gabonais économiquement faibles.</li><li>Régimes de la CNSS pour les salariés du secteur privé.</li><li>Pensions et prestations familiales de la CPPF pour les agents de l'État, avec une extension prévue aux risques professionnels.</li></ul>",
        },
    },
    "MA": {
        "produced_by": "Demo author: social protection team, ILO Algiers",
        "in_brief": {
            "en": "<p>Morocco is carrying out one of the most ambitious social protection reforms in the region. Framework Law No. 09-21 of 2021 set out the generalisation of social protection: compulsory health insurance (AMO) for the whole population, family allowances for all households, wider pension coverage and easier access to unemployment benefits.</p><p>The Caisse nationale de sécurité sociale (CNSS) covers private-sector employees and now also self-employed workers and, through AMO Tadamon, people unable to pay contributions, who were previously covered by the RAMED medical assistance scheme. The Caisse marocaine des retraites pays civil service pensions. Since December 2023 a direct social support programme has paid monthly allowances to eligible families identified through the unified social registry.</p><p>In an EU-funded twinning project, Belgium's BELINCOSOC and Expertise France helped Moroccan institutions set up the observation and monitoring of social protection indicators, including health indicators and the microsimulation of policies.</p>",
            "fr": "<p>Le Maroc mène l'une des réformes de la protection sociale les plus ambitieuses de la région. La loi-cadre n° 09-21 de 2021 a fixé la généralisation de la protection sociale : assurance maladie obligatoire (AMO) pour toute la population, allocations familiales pour tous les ménages, élargissement de la couverture retraite et accès facilité à l'indemnité pour perte d'emploi.</p><p>La Caisse nationale de sécurité sociale (CNSS) couvre les salariés du privé et désormais aussi les travailleurs non salariés ainsi que, avec l'AMO Tadamon, les personnes qui ne peuvent pas cotiser et qui relevaient auparavant du RAMED. La Caisse marocaine des retraites verse les pensions des fonctionnaires. Depuis décembre 2023, un programme d'aide sociale directe verse des allocations mensuelles aux familles éligibles, identifiées grâce au registre social unifié.</p><p>Dans un jumelage financé par l'Union européenne, BELINCOSOC (Belgique) et Expertise France ont accompagné les institutions marocaines dans la mise en place de l'observation et du suivi des indicateurs de protection sociale, y compris des indicateurs de santé et la microsimulation des politiques.</p>",
        },
        "legislation": {
            "en": "<ul><li>Dahir of 27 July 1972 on the social security scheme.</li><li>Law No. 65-00 on the basic medical coverage code (2002).</li><li>Law No. 98-15 on compulsory health insurance for self-employed workers (2017).</li><li>Framework Law No. 09-21 on social protection (2021).</li></ul>",
            "fr": "<ul><li>Dahir du 27 juillet 1972 relatif au régime de sécurité sociale.</li><li>Loi n° 65-00 portant code de la couverture médicale de base (2002).</li><li>Loi n° 98-15 relative au régime de l'assurance maladie obligatoire de base des travailleurs non salariés (2017).</li><li>Loi-cadre n° 09-21 relative à la protection sociale (2021).</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Compulsory health insurance (AMO), extended to the self-employed.</li><li>AMO Tadamon for people unable to pay contributions (replacing RAMED).</li><li>Direct social support: monthly allowances for eligible families.</li><li>Unified social registry (RSU) for targeting.</li><li>CNSS and Caisse marocaine des retraites pension schemes.</li></ul>",
            "fr": "<ul><li>Assurance maladie obligatoire (AMO), étendue aux travailleurs non salariés.</li><li>AMO Tadamon pour les personnes ne pouvant pas cotiser (en remplacement du RAMED).</li><li>Aide sociale directe : allocations mensuelles aux familles éligibles.</li><li>Registre social unifié (RSU) pour le ciblage.</li><li>Régimes de retraite de la CNSS et de la Caisse marocaine des retraites.</li></ul>",
        },
    },
    "RW": {
        "produced_by": "Demo author: social protection team, ILO Dar es Salaam",
        "in_brief": {
            "en": "<p>Rwanda is often cited for its community-based health insurance, the Mutuelles de santé. After pilots in three districts in 1999 and a national policy in 2004, membership became compulsory for every household not covered by another scheme, and coverage rose to most of the population. Premiums, harmonised at a single amount per person in 2006, are now graduated by Ubudehe wealth category, and the government and partners pay for the poorest.</p><p>Since 2015 the scheme has been managed by the Rwanda Social Security Board (RSSB), which also runs pensions, occupational hazards, maternity leave benefits and health insurance for salaried workers. The Ejo Heza long-term savings scheme, launched in 2018, targets informal workers, and the Vision 2020 Umurenge Programme (VUP) offers public works, direct support and financial services to poor households.</p><p>The ILO's STEP programme worked with the mutuals from Kigali, and Rwanda was one of the countries in the ILO/ISSA/AIM study on links between statutory and community-based schemes.</p>",
            "fr": "<p>Le Rwanda est souvent cité pour son assurance maladie à base communautaire, les mutuelles de santé. Après trois sites pilotes en 1999 et une politique nationale en 2004, l'adhésion est devenue obligatoire pour tous les ménages non couverts par un autre régime, et la couverture s'est étendue à la majeure partie de la population. Les cotisations, uniformisées en 2006 à un même montant par personne, sont aujourd'hui modulées selon la catégorie Ubudehe du ménage, et l'État et ses partenaires paient pour les plus pauvres.</p><p>Depuis 2015, le régime est géré par le Rwanda Social Security Board (RSSB), qui gère aussi les pensions, les risques professionnels, les prestations de congé de maternité et l'assurance maladie des salariés. Le régime d'épargne à long terme Ejo Heza, lancé en 2018, vise les travailleurs informels, et le Vision 2020 Umurenge Programme (VUP) offre travaux publics, soutien direct et services financiers aux ménages pauvres.</p><p>Le programme STEP du BIT a accompagné les mutuelles depuis Kigali, et le Rwanda figurait parmi les pays de l'étude BIT/AISS/AIM sur les articulations entre régimes légaux et mécanismes communautaires.</p>",
            "es": "<p>A menudo se cita a Ruanda por su seguro de salud de base comunitaria, las Mutuelles de santé. Tras una fase piloto en tres distritos en 1999 y una política nacional en 2004, la afiliación pasó a ser obligatoria para todos los hogares sin otra cobertura, y la protección se extendió a la mayor parte de la población. Las cotizaciones, unificadas en 2006 en un mismo importe por persona, se modulan hoy según la categoría Ubudehe del hogar, y el Estado y sus socios pagan por los más pobres.</p><p>Desde 2015 el régimen está a cargo del Rwanda Social Security Board (RSSB), que también gestiona las pensiones, los riesgos profesionales, las prestaciones por licencia de maternidad y el seguro de salud de los asalariados. El plan de ahorro a largo plazo Ejo Heza, creado en 2018, se dirige a los trabajadores informales, y el Vision 2020 Umurenge Programme (VUP) ofrece obras públicas, apoyo directo y servicios financieros a los hogares pobres.</p><p>El programa STEP de la OIT acompañó a las mutuales desde Kigali, y Ruanda fue uno de los países del estudio OIT/AISS/AIM sobre los vínculos entre los regímenes legales y los mecanismos comunitarios.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 62/2007 of 30 December 2007 on the organisation and management of the mutual health insurance scheme.</li><li>Law No. 45/2010 of 14 December 2010 establishing the Rwanda Social Security Board.</li><li>Law No. 03/2015 of 2 March 2015 governing the community-based health insurance scheme.</li></ul>",
            "fr": "<ul><li>Loi n° 62/2007 du 30 décembre 2007 portant organisation et gestion du régime des mutuelles de santé.</li><li>Loi n° 45/2010 du 14 décembre 2010 portant création du Rwanda Social Security Board.</li><li>Loi n° 03/2015 du 2 mars 2015 régissant l'assurance maladie à base communautaire.</li></ul>",
            "es": "<ul><li>Ley n.º 62/2007 de 30 de diciembre de 2007 sobre la organización y la gestión del régimen de mutuales de salud.</li><li>Ley n.º 45/2010 de 14 de diciembre de 2010 por la que se crea el Rwanda Social Security Board.</li><li>Ley n.º 03/2015 de 2 de marzo de 2015 que regula el seguro de salud de base comunitaria.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Community-based health insurance (Mutuelles de santé), managed by the RSSB.</li><li>RSSB pensions, occupational hazards and maternity leave benefits.</li><li>Ejo Heza long-term savings scheme for informal workers.</li><li>Vision 2020 Umurenge Programme (VUP): public works, direct support and financial services.</li></ul>",
            "fr": "<ul><li>Assurance maladie à base communautaire (mutuelles de santé), gérée par le RSSB.</li><li>Pensions, risques professionnels et prestations de congé de maternité du RSSB.</li><li>Ejo Heza : épargne à long terme pour les travailleurs informels.</li><li>Vision 2020 Umurenge Programme (VUP) : travaux publics, soutien direct et services financiers.</li></ul>",
            "es": "<ul><li>Seguro de salud de base comunitaria (Mutuelles de santé), gestionado por el RSSB.</li><li>Pensiones, riesgos profesionales y prestaciones por licencia de maternidad del RSSB.</li><li>Ejo Heza: ahorro a largo plazo para los trabajadores informales.</li><li>Vision 2020 Umurenge Programme (VUP): obras públicas, apoyo directo y servicios financieros.</li></ul>",
        },
    },
    "GH": {
        "produced_by": "Demo author: social protection team, ILO Abuja",
        "in_brief": {
            "en": "<p>Ghana created its National Health Insurance Scheme (NHIS) in 2003, building partly on the district mutual health organisations that had spread in the 1990s. Financed mainly by a national health insurance levy on goods and services and a share of workers' pension contributions, it exempts children, older people, pregnant women and the poorest from premiums. Active membership has grown but still covers only part of the population.</p><p>Pensions follow the three-tier system of the National Pensions Act of 2008: a basic scheme run by the Social Security and National Insurance Trust (SSNIT), a mandatory occupational scheme and voluntary savings, which informal workers can join. The Livelihood Empowerment Against Poverty (LEAP) programme pays cash transfers to extremely poor households.</p><p>Ghana's experience of linking community schemes with national health insurance was documented in the joint ILO/ISSA/AIM study on articulations between statutory and community-based social protection.</p>",
            "fr": "<p>Le Ghana a créé son régime national d'assurance maladie (NHIS) en 2003, en s'appuyant en partie sur les mutuelles de santé de district qui s'étaient développées dans les années 1990. Financé surtout par une taxe d'assurance maladie sur les biens et services et par une part des cotisations de retraite des salariés, il exonère de cotisation les enfants, les personnes âgées, les femmes enceintes et les plus pauvres. Le nombre d'adhérents actifs a augmenté, mais ne représente encore qu'une partie de la population.</p><p>Les retraites suivent le système à trois piliers de la loi nationale sur les pensions de 2008 : un régime de base géré par le Social Security and National Insurance Trust (SSNIT), un régime professionnel obligatoire et une épargne volontaire, ouverte aux travailleurs informels. Le programme LEAP (Livelihood Empowerment Against Poverty) verse des transferts monétaires aux ménages très pauvres.</p><p>L'expérience ghanéenne d'articulation entre mécanismes communautaires et assurance maladie nationale a été documentée dans l'étude conjointe BIT/AISS/AIM sur les articulations entre sécurité sociale légale et protection sociale communautaire.</p>",
        },
        "legislation": {
            "en": "<ul><li>National Health Insurance Act, 2003 (Act 650), replaced by the National Health Insurance Act, 2012 (Act 852).</li><li>National Pensions Act, 2008 (Act 766).</li><li>Labour Act, 2003 (Act 651).</li></ul>",
            "fr": "<ul><li>Loi sur l'assurance maladie nationale de 2003 (Act 650), remplacée par la loi de 2012 (Act 852).</li><li>Loi nationale sur les pensions de 2008 (Act 766).</li><li>Loi sur le travail de 2003 (Act 651).</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>National Health Insurance Scheme (NHIS), including free maternal care.</li><li>SSNIT basic pension scheme and the three-tier pension system.</li><li>Livelihood Empowerment Against Poverty (LEAP) cash transfers.</li><li>Ghana School Feeding Programme.</li></ul>",
            "fr": "<ul><li>Régime national d'assurance maladie (NHIS), dont la gratuité des soins maternels.</li><li>Régime de base du SSNIT et système de retraite à trois piliers.</li><li>Transferts monétaires du programme LEAP.</li><li>Programme national d'alimentation scolaire (Ghana School Feeding Programme).</li></ul>",
        },
    },
    "ML": {
        "produced_by": "Demo author: social protection specialists, ILO Decent Work Team for West Africa",
        "in_brief": {
            "en": "<p>Mali's statutory social security rests on the Institut national de prévoyance sociale (INPS) for private-sector employees and the Caisse malienne de sécurité sociale (CMSS) for civil servants. In 2009 two laws created compulsory health insurance (AMO) for formal-sector workers, run by the Caisse nationale d'assurance maladie (CANAM), and a medical assistance scheme (RAMED) for the poorest.</p><p>Mutual health organisations, supported by the Union technique de la mutualité malienne (UTM), are meant to reach farmers and informal workers. One example is MUSARS, a regional mutual founded in 2007 in Sikasso with Canadian and French mutual partners and designed to reach a large membership rather than stay village-based. A universal health insurance scheme (RAMU) has been planned to bring AMO, RAMED and the mutuals under one framework.</p><p>The Jigisemejiri programme provides cash transfers to poor households, and Mali takes part in WAEMU and CIPRES work on extending social protection to the informal economy.</p>",
            "fr": "<p>Au Mali, la sécurité sociale légale repose sur l'Institut national de prévoyance sociale (INPS) pour les salariés du privé et sur la Caisse malienne de sécurité sociale (CMSS) pour les fonctionnaires. En 2009, deux lois ont créé l'assurance maladie obligatoire (AMO) pour les travailleurs du secteur formel, gérée par la Caisse nationale d'assurance maladie (CANAM), et le régime d'assistance médicale (RAMED) pour les plus démunis.</p><p>Les mutuelles de santé, appuyées par l'Union technique de la mutualité malienne (UTM), doivent atteindre les paysans et les travailleurs informels. La MUSARS en est un exemple : cette mutuelle régionale, fondée en 2007 à Sikasso avec des partenaires mutualistes canadiens et français, vise un grand nombre d'adhérents plutôt qu'une base villageoise. Un régime d'assurance maladie universelle (RAMU) est prévu pour réunir l'AMO, le RAMED et les mutuelles dans un même cadre.</p><p>Le programme Jigisemejiri verse des transferts monétaires aux ménages pauvres, et le Mali participe aux travaux de l'UEMOA et de la CIPRES sur l'extension de la protection sociale à l'économie informelle.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 99-041 of 12 August 1999 on the Social Insurance Code (Code de prévoyance sociale).</li><li>Law No. 09-015 of 26 June 2009 establishing compulsory health insurance (AMO).</li><li>Law No. 09-030 of 27 July 2009 establishing the medical assistance scheme (RAMED).</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li></ul>",
            "fr": "<ul><li>Loi n° 99-041 du 12 août 1999 portant Code de prévoyance sociale.</li><li>Loi n° 09-015 du 26 juin 2009 portant institution du régime d'assurance maladie obligatoire (AMO).</li><li>Loi n° 09-030 du 27 juillet 2009 portant institution du régime d'assistance médicale (RAMED).</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Compulsory health insurance (AMO), managed by the CANAM.</li><li>Medical assistance scheme (RAMED) for the poorest.</li><li>Mutual health organisations supported by the UTM, such as MUSARS in Sikasso.</li><li>Jigisemejiri cash transfer programme.</li><li>Free caesarean sections in public facilities.</li></ul>",
            "fr": "<ul><li>Assurance maladie obligatoire (AMO), gérée par la CANAM.</li><li>Régime d'assistance médicale (RAMED) pour les plus démunis.</li><li>Mutuelles de santé appuyées par l'UTM, comme la MUSARS à Sikasso.</li><li>Programme de transferts monétaires Jigisemejiri.</li><li>Gratuité de la césarienne dans les structures publiques.</li></ul>",
        },
    },
    "TG": {
        "produced_by": "Demo author: social protection team, ILO Abidjan",
        "in_brief": {
            "en": "<p>Togo's Caisse nationale de sécurité sociale (CNSS) covers private-sector employees, and civil servants' pensions are paid by the Caisse de retraites du Togo. In 2011 the country introduced compulsory health insurance for public servants, managed by the Institut national d'assurance maladie (INAM).</p><p>A 2021 law established universal health insurance (AMU), which is being implemented step by step, with subsidised cover for people on low incomes. Targeted programmes have already widened access: School Assur insures pupils of public schools, the Wezou programme covers pregnant women and newborns, and Novissi, a cash transfer paid by mobile money, supported informal workers during the COVID-19 crisis. Community-based mutual health organisations have long been active in the country.</p><p>Lomé hosts the headquarters of CIPRES; in 2023 the ILO trained members of its Supervisory Committee there on international social security standards.</p>",
            "fr": "<p>Au Togo, la Caisse nationale de sécurité sociale (CNSS) couvre les salariés du privé, et les pensions des fonctionnaires sont versées par la Caisse de retraites du Togo. En 2011, le pays a institué une assurance maladie obligatoire pour les agents publics, gérée par l'Institut national d'assurance maladie (INAM).</p><p>Une loi de 2021 a institué l'assurance maladie universelle (AMU), mise en œuvre par étapes, avec une prise en charge subventionnée pour les personnes à faibles revenus. Des programmes ciblés ont déjà élargi l'accès aux soins : School Assur assure les élèves des écoles publiques, le programme Wezou prend en charge les femmes enceintes et les nouveau-nés, et Novissi, un transfert monétaire versé par téléphone mobile, a soutenu les travailleurs informels pendant la crise du COVID-19. Les mutuelles de santé communautaires sont actives depuis longtemps dans le pays.</p><p>Lomé accueille le siège de la CIPRES ; en 2023, le BIT y a formé les membres de sa Commission de surveillance aux normes internationales de sécurité sociale.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 2011-006 of 21 February 2011 on the Social Security Code.</li><li>The 2011 law establishing compulsory health insurance for public servants (INAM).</li><li>The 2021 law establishing universal health insurance (AMU).</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li></ul>",
            "fr": "<ul><li>Loi n° 2011-006 du 21 février 2011 portant Code de sécurité sociale.</li><li>La loi de 2011 instituant un régime obligatoire d'assurance maladie des agents publics (INAM).</li><li>La loi de 2021 instituant l'assurance maladie universelle (AMU).</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Universal health insurance (AMU) and the INAM scheme for public servants.</li><li>School Assur: health insurance for public school pupils.</li><li>Wezou: care for pregnant women and newborns.</li><li>Novissi: mobile cash transfers to informal workers.</li><li>CNSS schemes for private-sector employees.</li></ul>",
            "fr": "<ul><li>Assurance maladie universelle (AMU) et régime de l'INAM pour les agents publics.</li><li>School Assur : assurance maladie des élèves des écoles publiques.</li><li>Wezou : prise en charge des femmes enceintes et des nouveau-nés.</li><li>Novissi : transferts monétaires par téléphone mobile aux travailleurs informels.</li><li>Régimes de la CNSS pour les salariés du secteur privé.</li></ul>",
        },
    },
    "BI": {
        "produced_by": "Demo author: social protection team, ILO Dar es Salaam",
        "in_brief": {
            "en": "<p>In Burundi the Institut national de sécurité sociale (INSS) pays pensions and employment injury benefits to private-sector employees, while the Office national des pensions et risques professionnels (ONPR) covers civil servants and the Mutuelle de la fonction publique (MFP) provides their health insurance.</p><p>Most of the population lives from subsistence farming and is outside these schemes. In 2006 the government made care free for children under five and for childbirth, and the Carte d'assistance médicale (CAM) gives informal and rural households access to basic care for a small annual fee. Community-based mutual health organisations exist in several provinces, and Burundi was one of the countries in the ILO/ISSA/AIM study on how statutory and community schemes can be linked.</p><p>A national social protection policy adopted in 2011 frames the extension of coverage, and the Merankabandi project pays cash transfers to poor households.</p>",
            "fr": "<p>Au Burundi, l'Institut national de sécurité sociale (INSS) verse les pensions et les prestations de risques professionnels aux salariés du privé, tandis que l'Office national des pensions et risques professionnels (ONPR) couvre les fonctionnaires et que la Mutuelle de la fonction publique (MFP) assure leur couverture maladie.</p><p>La majorité de la population vit de l'agriculture de subsistance et reste en dehors de ces régimes. En 2006, le gouvernement a instauré la gratuité des soins pour les enfants de moins de cinq ans et pour les accouchements, et la Carte d'assistance médicale (CAM) permet aux ménages ruraux et informels d'accéder aux soins de base moyennant une faible contribution annuelle. Des mutuelles de santé communautaires existent dans plusieurs provinces, et le Burundi figurait parmi les pays de l'étude BIT/AISS/AIM sur les articulations entre régimes légaux et mécanismes communautaires.</p><p>Une politique nationale de protection sociale adoptée en 2011 encadre l'extension de la couverture, et le projet Merankabandi verse des transferts monétaires aux ménages pauvres.</p>",
        },
        "legislation": {
            "en": "<ul><li>The Social Security Code, which governs the general scheme managed by the INSS.</li><li>The texts governing pensions and occupational risks of civil servants (ONPR) and their health insurance (MFP).</li><li>The Labour Code.</li></ul>",
            "fr": "<ul><li>Le Code de la sécurité sociale, qui régit le régime général géré par l'INSS.</li><li>Les textes régissant les pensions et les risques professionnels des fonctionnaires (ONPR) et leur assurance maladie (MFP).</li><li>Le Code du travail.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>INSS, ONPR and MFP schemes for employees and civil servants.</li><li>Carte d'assistance médicale (CAM) for informal and rural households.</li><li>Free care for children under five and for childbirth.</li><li>Community-based mutual health organisations.</li><li>Merankabandi cash transfer project.</li></ul>",
            "fr": "<ul><li>Régimes de l'INSS, de l'ONPR et de la MFP pour les salariés et les fonctionnaires.</li><li>Carte d'assistance médicale (CAM) pour les ménages ruraux et informels.</li><li>Gratuité des soins pour les enfants de moins de cinq ans et pour les accouchements.</li><li>Mutuelles de santé communautaires.</li><li>Projet de transferts monétaires Merankabandi.</li></ul>",
        },
    },
    "CV": {
        "produced_by": "Demo author: social protection team, ILO Dakar",
        "in_brief": {
            "en": "<p>Cabo Verde has one of the highest levels of social protection coverage in West Africa. The Instituto Nacional de Previdência Social (INPS) manages contributory insurance for employees, public servants recruited in recent years and, increasingly, self-employed and domestic workers, covering health care, sickness, maternity, family benefits and pensions.</p><p>For people outside the contributory system, a non-contributory social pension provides a monthly benefit to poor older persons and persons with disabilities. The special regime for micro and small enterprises (REMPE) simplifies tax and social contributions for small businesses and helps bring informal enterprises into social security. A single social registry, the Cadastro Social Único, is used to target support, including the Rendimento Social de Inclusão, a cash transfer for vulnerable families.</p><p>The ILO office in Dakar supports Cabo Verde within the Flagship Programme on social protection floors.</p>",
            "fr": "<p>Le Cabo Verde affiche l'un des niveaux de couverture de protection sociale les plus élevés d'Afrique de l'Ouest. L'Instituto Nacional de Previdência Social (INPS) gère l'assurance contributive des salariés, des agents publics recrutés ces dernières années et, de plus en plus, des travailleurs indépendants et domestiques, pour les soins de santé, la maladie, la maternité, les prestations familiales et les pensions.</p><p>Pour les personnes qui restent hors du système contributif, une pension sociale non contributive verse une prestation mensuelle aux personnes âgées pauvres et aux personnes handicapées. Le régime spécial des micro et petites entreprises (REMPE) simplifie le paiement des impôts et des cotisations sociales et aide les entreprises informelles à entrer dans la sécurité sociale. Un registre social unique, le Cadastro Social Único, sert à cibler les aides, dont le Rendimento Social de Inclusão, un transfert monétaire pour les familles vulnérables.</p><p>Le bureau du BIT à Dakar appuie le Cabo Verde dans le cadre du Programme phare sur les socles de protection sociale.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 131/V/2001 on the bases of social protection (Lei de Bases da Protecção Social).</li><li>The 2014 law creating the special regime for micro and small enterprises (REMPE).</li><li>The regulations on compulsory social security for employees and self-employed workers managed by the INPS.</li></ul>",
            "fr": "<ul><li>Loi n° 131/V/2001 établissant les bases de la protection sociale (Lei de Bases da Protecção Social).</li><li>La loi de 2014 créant le régime spécial des micro et petites entreprises (REMPE).</li><li>Les règlements sur la sécurité sociale obligatoire des salariés et des travailleurs indépendants gérée par l'INPS.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>INPS contributory social insurance.</li><li>Non-contributory social pension for poor older persons and persons with disabilities.</li><li>REMPE for micro and small enterprises.</li><li>Rendimento Social de Inclusão and the Cadastro Social Único.</li></ul>",
            "fr": "<ul><li>Assurance sociale contributive de l'INPS.</li><li>Pension sociale non contributive pour les personnes âgées pauvres et les personnes handicapées.</li><li>REMPE pour les micro et petites entreprises.</li><li>Rendimento Social de Inclusão et Cadastro Social Único.</li></ul>",
        },
    },
    "GM": {
        "produced_by": "Demo author: social protection team, ILO Dakar",
        "in_brief": {
            "en": "<p>In the Gambia contributory social security is run by the Social Security and Housing Finance Corporation (SSHFC), which manages the National Provident Fund for private-sector and parastatal workers, the Federated Pension Scheme and the Industrial Injuries Compensation Scheme. Coverage is concentrated in formal employment, while most Gambians work in agriculture, trade and other informal activities.</p><p>The National Social Protection Policy 2015-2025 set the goal of an integrated system, with a social registry and the Nafa cash transfer programme for poor households as key building blocks. In health, the National Health Insurance Act of 2021 created a national scheme to reduce out-of-pocket spending, with public funding planned for vulnerable groups.</p><p>The Gambia is supported by the ILO office in Dakar, and the extension of social security to informal workers remains high on the agenda.</p>",
            "fr": "<p>En Gambie, la sécurité sociale contributive est gérée par la Social Security and Housing Finance Corporation (SSHFC), qui administre le fonds national de prévoyance des salariés du privé et des entreprises publiques, le régime de pension fédéré et le régime d'indemnisation des accidents du travail. La couverture se concentre sur l'emploi formel, alors que la plupart des Gambiens travaillent dans l'agriculture, le commerce et d'autres activités informelles.</p><p>La politique nationale de protection sociale 2015-2025 vise un système intégré, dont le registre social et le programme de transferts monétaires Nafa pour les ménages pauvres sont des piliers. En santé, la loi sur l'assurance maladie nationale de 2021 a créé un régime national destiné à réduire les paiements directs des patients, avec un financement public prévu pour les groupes vulnérables.</p><p>La Gambie est appuyée par le bureau du BIT à Dakar, et l'extension de la sécurité sociale aux travailleurs informels reste une priorité.</p>",
        },
        "legislation": {
            "en": "<ul><li>Social Security and Housing Finance Corporation Act, 1981.</li><li>National Health Insurance Act, 2021.</li><li>Labour Act, 2007.</li></ul>",
            "fr": "<ul><li>Loi sur la Social Security and Housing Finance Corporation, 1981.</li><li>Loi sur l'assurance maladie nationale, 2021.</li><li>Loi sur le travail (Labour Act), 2007.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>National Provident Fund, Federated Pension Scheme and Industrial Injuries Compensation Scheme (SSHFC).</li><li>Nafa cash transfer programme.</li><li>National Health Insurance Scheme.</li><li>National social registry.</li></ul>",
            "fr": "<ul><li>Fonds national de prévoyance, régime de pension fédéré et régime d'indemnisation des accidents du travail (SSHFC).</li><li>Programme de transferts monétaires Nafa.</li><li>Régime national d'assurance maladie.</li><li>Registre social national.</li></ul>",
        },
    },
    "GN": {
        "produced_by": "Demo author: social protection team, ILO Dakar",
        "in_brief": {
            "en": "<p>Guinea's Caisse nationale de sécurité sociale (CNSS) covers private-sector employees for pensions, family benefits and employment injury, and civil servants have their own pension arrangements. Most of the working population is in agriculture, artisanal mining and informal trade, beyond the reach of these schemes.</p><p>Community-based mutual health organisations have been promoted for many years with the support of development partners, and the government has adopted a national social protection policy that aims at universal health coverage and better coordination of safety nets. Free care policies cover some priority services, such as caesarean sections in public facilities, and cash transfer programmes supported by partners reach poor households in several regions.</p><p>Building a compulsory health insurance scheme, linking it with the mutuals and improving the collection of contributions are among the priorities on which the ILO office in Dakar supports the country.</p>",
            "fr": "<p>En Guinée, la Caisse nationale de sécurité sociale (CNSS) couvre les salariés du secteur privé pour les pensions, les prestations familiales et les risques professionnels, et les fonctionnaires disposent de leur propre régime de retraite. La majeure partie de la population active travaille dans l'agriculture, l'orpaillage et le commerce informel, hors de portée de ces régimes.</p><p>Les mutuelles de santé communautaires sont promues depuis de nombreuses années avec l'appui des partenaires au développement, et le gouvernement a adopté une politique nationale de protection sociale qui vise la couverture sanitaire universelle et une meilleure coordination des filets sociaux. Des politiques de gratuité couvrent certains soins prioritaires, comme la césarienne dans les structures publiques, et des programmes de transferts monétaires appuyés par les partenaires atteignent des ménages pauvres dans plusieurs régions.</p><p>La mise en place d'une assurance maladie obligatoire, son articulation avec les mutuelles et l'amélioration du recouvrement des cotisations figurent parmi les priorités sur lesquelles le bureau du BIT à Dakar accompagne le pays.</p>",
        },
        "legislation": {
            "en": "<ul><li>The Social Security Code governing the CNSS.</li><li>The Labour Code adopted in 2014.</li><li>The texts governing civil servants' pensions.</li></ul>",
            "fr": "<ul><li>Le Code de sécurité sociale qui régit la CNSS.</li><li>Le Code du travail adopté en 2014.</li><li>Les textes régissant les pensions des fonctionnaires.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>CNSS schemes for private-sector employees.</li><li>Community-based mutual health organisations.</li><li>Free caesarean sections and other priority care in public facilities.</li><li>Cash transfers to poor households supported by development partners.</li></ul>",
            "fr": "<ul><li>Régimes de la CNSS pour les salariés du secteur privé.</li><li>Mutuelles de santé communautaires.</li><li>Gratuité de la césarienne et d'autres soins prioritaires dans les structures publiques.</li><li>Transferts monétaires aux ménages pauvres appuyés par les partenaires au développement.</li></ul>",
        },
    },
    "GW": {
        "produced_by": "Demo author: social protection team, ILO Dakar",
        "in_brief": {
            "en": "<p>In Guinea-Bissau contributory social security is managed by the Instituto Nacional de Segurança Social (INSS), which covers private-sector employees, while civil servants have a separate pension arrangement. Coverage is low: most people live from farming, cashew production and informal trade.</p><p>Community-based mutual health organisations, often supported by NGOs and churches, offer some protection against health costs, and as a WAEMU member Guinea-Bissau is bound by the 2009 regional regulation on mutual social organisations. The government has prepared a national social protection policy and, with partners, has tested cash transfers and free care for children and pregnant women in some regions.</p><p>Strengthening the INSS, building a social registry and linking mutuals with a future national health insurance are among the priorities, supported by the ILO office in Dakar and the regional WAEMU work.</p>",
            "fr": "<p>En Guinée-Bissau, la sécurité sociale contributive est gérée par l'Instituto Nacional de Segurança Social (INSS), qui couvre les salariés du secteur privé, tandis que les fonctionnaires relèvent d'un régime de retraite distinct. La couverture reste faible : la plupart des habitants vivent de l'agriculture, de la culture de la noix de cajou et du commerce informel.</p><p>Les mutuelles de santé communautaires, souvent appuyées par des ONG et des Églises, offrent une certaine protection contre le coût des soins, et, en tant que membre de l'UEMOA, la Guinée-Bissau est liée par le règlement régional de 2009 sur la mutualité sociale. Le gouvernement a préparé une politique nationale de protection sociale et, avec ses partenaires, a expérimenté des transferts monétaires et la gratuité des soins pour les enfants et les femmes enceintes dans certaines régions.</p><p>Le renforcement de l'INSS, la création d'un registre social et l'articulation des mutuelles avec une future assurance maladie nationale font partie des priorités, appuyées par le bureau du BIT à Dakar et par les travaux régionaux de l'UEMOA.</p>",
        },
        "legislation": {
            "en": "<ul><li>The social security law governing the INSS scheme for employees.</li><li>WAEMU Regulation No. 07/2009/CM/UEMOA of 26 June 2009 on mutual social organisations.</li></ul>",
            "fr": "<ul><li>La loi de sécurité sociale qui régit le régime de l'INSS pour les salariés.</li><li>Règlement n° 07/2009/CM/UEMOA du 26 juin 2009 portant réglementation de la mutualité sociale au sein de l'UEMOA.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>INSS scheme for private-sector employees.</li><li>Community-based mutual health organisations.</li><li>Free care for children and pregnant women in supported regions.</li><li>Pilot cash transfers to poor households.</li></ul>",
            "fr": "<ul><li>Régime de l'INSS pour les salariés du secteur privé.</li><li>Mutuelles de santé communautaires.</li><li>Gratuité des soins pour les enfants et les femmes enceintes dans les régions appuyées.</li><li>Transferts monétaires pilotes aux ménages pauvres.</li></ul>",
        },
    },
    "MZ": {
        "produced_by": "Demo author: social protection team, ILO Lusaka",
        "in_brief": {
            "en": "<p>Mozambique's Social Protection Law of 2007 organises three levels: basic social security for people unable to work or living in poverty, compulsory social security for workers, and complementary schemes. The Instituto Nacional de Segurança Social (INSS) covers private-sector employees and self-employed workers who join it, while civil servants are covered by a separate institution.</p><p>Basic social security is delivered by the Instituto Nacional de Acção Social (INAS) through programmes such as the Programa Subsídio Social Básico, a monthly cash transfer to poor older persons and persons with disabilities, a child grant for young children and productive social action through public works. The national basic social security strategy guides their expansion, with support from the ILO and other United Nations agencies.</p><p>Mozambique has a long cooperation with the ILO on social protection, including projects funded by Portugal, and practitioners from the country have been active in the CIARIS community on social exclusion and HIV/AIDS.</p>",
            "fr": "<p>Au Mozambique, la loi sur la protection sociale de 2007 organise trois niveaux : la sécurité sociale de base pour les personnes incapables de travailler ou vivant dans la pauvreté, la sécurité sociale obligatoire pour les travailleurs et des régimes complémentaires. L'Instituto Nacional de Segurança Social (INSS) couvre les salariés du privé et les travailleurs indépendants qui y adhèrent, tandis que les fonctionnaires relèvent d'une institution distincte.</p><p>La sécurité sociale de base est mise en œuvre par l'Instituto Nacional de Acção Social (INAS) au moyen de programmes comme le Programa Subsídio Social Básico, un transfert monétaire mensuel aux personnes âgées pauvres et aux personnes handicapées, une allocation pour les jeunes enfants et l'action sociale productive par des travaux publics. La stratégie nationale de sécurité sociale de base guide leur extension, avec l'appui du BIT et d'autres agences des Nations Unies.</p><p>Le Mozambique entretient une longue coopération avec le BIT en matière de protection sociale, notamment grâce à des projets financés par le Portugal, et des praticiens du pays sont actifs dans la communauté CIARIS sur l'exclusion sociale et le VIH/sida.</p>",
            "es": "<p>En Mozambique, la Ley de Protección Social de 2007 organiza tres niveles: la seguridad social básica para las personas que no pueden trabajar o viven en la pobreza, la seguridad social obligatoria para los trabajadores y los regímenes complementarios. El Instituto Nacional de Segurança Social (INSS) protege a los asalariados del sector privado y a los trabajadores por cuenta propia que se afilian, mientras que los funcionarios dependen de una institución distinta.</p><p>La seguridad social básica está a cargo del Instituto Nacional de Acção Social (INAS), mediante programas como el Programa Subsídio Social Básico, una transferencia monetaria mensual a las personas mayores pobres y a las personas con discapacidad, una asignación para niños pequeños y la acción social productiva mediante obras públicas. La estrategia nacional de seguridad social básica orienta su ampliación, con el apoyo de la OIT y de otros organismos de las Naciones Unidas.</p><p>Mozambique mantiene una larga cooperación con la OIT en materia de protección social, en particular mediante proyectos financiados por Portugal, y profesionales del país participan activamente en la comunidad CIARIS sobre la exclusión social y el VIH/sida.</p>",
        },
        "legislation": {
            "en": "<ul><li>Law No. 4/2007 of 7 February 2007 on social protection.</li><li>Law No. 23/2007 of 1 August 2007 on labour.</li><li>The regulations on compulsory social security managed by the INSS.</li><li>The regulations on basic social security implemented by the INAS.</li></ul>",
            "fr": "<ul><li>Loi n° 4/2007 du 7 février 2007 sur la protection sociale.</li><li>Loi n° 23/2007 du 1er août 2007 sur le travail.</li><li>Les règlements de la sécurité sociale obligatoire gérée par l'INSS.</li><li>Les règlements de la sécurité sociale de base mise en œuvre par l'INAS.</li></ul>",
            "es": "<ul><li>Ley n.º 4/2007 de 7 de febrero de 2007 sobre la protección social.</li><li>Ley n.º 23/2007 de 1 de agosto de 2007 sobre el trabajo.</li><li>Los reglamentos de la seguridad social obligatoria gestionada por el INSS.</li><li>Los reglamentos de la seguridad social básica ejecutada por el INAS.</li></ul>",
        },
        "programmes": {
            "en": "<ul><li>Programa Subsídio Social Básico: monthly cash transfers to poor older persons and persons with disabilities.</li><li>Child grant for young children.</li><li>Productive social action (public works).</li><li>Direct social support for households in temporary need.</li><li>INSS compulsory social security, open to self-employed workers.</li></ul>",
            "fr": "<ul><li>Programa Subsídio Social Básico : transferts monétaires mensuels aux personnes âgées pauvres et aux personnes handicapées.</li><li>Allocation pour les jeunes enfants.</li><li>Action sociale productive (travaux publics).</li><li>Soutien social direct aux ménages en difficulté temporaire.</li><li>Sécurité sociale obligatoire de l'INSS, ouverte aux travailleurs indépendants.</li></ul>",
            "es": "<ul><li>Programa Subsídio Social Básico: transferencias monetarias mensuales a las personas mayores pobres y a las personas con discapacidad.</li><li>Asignación para niños pequeños.</li><li>Acción social productiva (obras públicas).</li><li>Apoyo social directo a los hogares en dificultad temporal.</li><li>Seguridad social obligatoria del INSS, abierta a los trabajadores por cuenta propia.</li></ul>",
        },
    },
}

# Indicator values. Codes: population, gdp-per-capita-ppp, gdp-growth, hdi, hdi-rank,
# informal-economy, govt-health-expenditure, health-expenditure-gdp, sp-coverage,
# sp-expenditure, health-coverage. Each entry: (year, value, source, is_demo).
# Every figure here is demo data: close to public orders of magnitude, not official.
DEMO_VALUES = {
    "BJ": {
        "population": [
            ("2000", "6866000", "Demo data (approximate, not an official figure)", True),
            ("2005", "8006000", "Demo data (approximate, not an official figure)", True),
            ("2010", "9445000", "Demo data (approximate, not an official figure)", True),
            ("2015", "10932000", "Demo data (approximate, not an official figure)", True),
            ("2020", "12643000", "Demo data (approximate, not an official figure)", True),
            ("2023", "13712000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1900", "Demo data (approximate, not an official figure)", True),
            ("2010", "2270", "Demo data (approximate, not an official figure)", True),
            ("2015", "2890", "Demo data (approximate, not an official figure)", True),
            ("2020", "3500", "Demo data (approximate, not an official figure)", True),
            ("2023", "4270", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "6.4", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.504", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "173", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "94", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "3.6", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "4.5", "Demo data (approximate, not an official figure)", True),
            ("2010", "4.1", "Demo data (approximate, not an official figure)", True),
            ("2015", "3.0", "Demo data (approximate, not an official figure)", True),
            ("2019", "2.4", "Demo data (approximate, not an official figure)", True),
            ("2021", "2.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "6.2", "Demo data (approximate, not an official figure)", True),
            ("2015", "8.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "10.9", "Demo data (approximate, not an official figure)", True),
            ("2020", "13.3", "Demo data (approximate, not an official figure)", True),
            ("2023", "19.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.2", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "17.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "BF": {
        "population": [
            ("2000", "11882000", "Demo data (approximate, not an official figure)", True),
            ("2005", "13822000", "Demo data (approximate, not an official figure)", True),
            ("2010", "16116000", "Demo data (approximate, not an official figure)", True),
            ("2015", "18718000", "Demo data (approximate, not an official figure)", True),
            ("2020", "21523000", "Demo data (approximate, not an official figure)", True),
            ("2023", "23251000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1320", "Demo data (approximate, not an official figure)", True),
            ("2010", "1590", "Demo data (approximate, not an official figure)", True),
            ("2015", "1900", "Demo data (approximate, not an official figure)", True),
            ("2020", "2290", "Demo data (approximate, not an official figure)", True),
            ("2023", "2620", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "3.0", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.438", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "185", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "95", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "11.2", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "5.6", "Demo data (approximate, not an official figure)", True),
            ("2010", "6.2", "Demo data (approximate, not an official figure)", True),
            ("2015", "5.4", "Demo data (approximate, not an official figure)", True),
            ("2019", "5.6", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.7", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "5.8", "Demo data (approximate, not an official figure)", True),
            ("2015", "7.5", "Demo data (approximate, not an official figure)", True),
            ("2018", "8.4", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.4", "Demo data (approximate, not an official figure)", True),
            ("2023", "14.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.3", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "12.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CD": {
        "population": [
            ("2000", "48616000", "Demo data (approximate, not an official figure)", True),
            ("2005", "56790000", "Demo data (approximate, not an official figure)", True),
            ("2010", "66756000", "Demo data (approximate, not an official figure)", True),
            ("2015", "78657000", "Demo data (approximate, not an official figure)", True),
            ("2020", "92853000", "Demo data (approximate, not an official figure)", True),
            ("2023", "102263000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "790", "Demo data (approximate, not an official figure)", True),
            ("2010", "880", "Demo data (approximate, not an official figure)", True),
            ("2015", "1080", "Demo data (approximate, not an official figure)", True),
            ("2020", "1190", "Demo data (approximate, not an official figure)", True),
            ("2023", "1500", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "8.5", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.481", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "180", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "96", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "4.1", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "5.0", "Demo data (approximate, not an official figure)", True),
            ("2010", "4.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2019", "3.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "4.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "3.9", "Demo data (approximate, not an official figure)", True),
            ("2015", "5.1", "Demo data (approximate, not an official figure)", True),
            ("2018", "6.8", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.7", "Demo data (approximate, not an official figure)", True),
            ("2023", "11.3", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "0.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "4.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "LS": {
        "population": [
            ("2000", "1998000", "Demo data (approximate, not an official figure)", True),
            ("2005", "1995000", "Demo data (approximate, not an official figure)", True),
            ("2010", "2022000", "Demo data (approximate, not an official figure)", True),
            ("2015", "2098000", "Demo data (approximate, not an official figure)", True),
            ("2020", "2225000", "Demo data (approximate, not an official figure)", True),
            ("2023", "2311000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1820", "Demo data (approximate, not an official figure)", True),
            ("2010", "2290", "Demo data (approximate, not an official figure)", True),
            ("2015", "2710", "Demo data (approximate, not an official figure)", True),
            ("2020", "2520", "Demo data (approximate, not an official figure)", True),
            ("2023", "2900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.521", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "168", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "75", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "11.7", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "6.5", "Demo data (approximate, not an official figure)", True),
            ("2010", "8.2", "Demo data (approximate, not an official figure)", True),
            ("2015", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2019", "11.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "11.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "22.4", "Demo data (approximate, not an official figure)", True),
            ("2015", "25.7", "Demo data (approximate, not an official figure)", True),
            ("2018", "29.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "32.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "36.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "4.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "48.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "SN": {
        "population": [
            ("2000", "9797000", "Demo data (approximate, not an official figure)", True),
            ("2005", "11090000", "Demo data (approximate, not an official figure)", True),
            ("2010", "12531000", "Demo data (approximate, not an official figure)", True),
            ("2015", "14579000", "Demo data (approximate, not an official figure)", True),
            ("2020", "16436000", "Demo data (approximate, not an official figure)", True),
            ("2023", "17763000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "2390", "Demo data (approximate, not an official figure)", True),
            ("2010", "2610", "Demo data (approximate, not an official figure)", True),
            ("2015", "3010", "Demo data (approximate, not an official figure)", True),
            ("2020", "3620", "Demo data (approximate, not an official figure)", True),
            ("2023", "4410", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "4.6", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.517", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "169", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "90", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "5.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "4.8", "Demo data (approximate, not an official figure)", True),
            ("2010", "4.4", "Demo data (approximate, not an official figure)", True),
            ("2015", "4.1", "Demo data (approximate, not an official figure)", True),
            ("2019", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "5.2", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "13.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "16.5", "Demo data (approximate, not an official figure)", True),
            ("2018", "19.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "19.6", "Demo data (approximate, not an official figure)", True),
            ("2023", "22.4", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "2.3", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "53.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CI": {
        "population": [
            ("2000", "16800000", "Demo data (approximate, not an official figure)", True),
            ("2005", "18911000", "Demo data (approximate, not an official figure)", True),
            ("2010", "21121000", "Demo data (approximate, not an official figure)", True),
            ("2015", "23597000", "Demo data (approximate, not an official figure)", True),
            ("2020", "26812000", "Demo data (approximate, not an official figure)", True),
            ("2023", "28873000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "3290", "Demo data (approximate, not an official figure)", True),
            ("2010", "3320", "Demo data (approximate, not an official figure)", True),
            ("2015", "4310", "Demo data (approximate, not an official figure)", True),
            ("2020", "5430", "Demo data (approximate, not an official figure)", True),
            ("2023", "6550", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "6.5", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.534", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "166", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "89", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "5.4", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "6.0", "Demo data (approximate, not an official figure)", True),
            ("2010", "6.1", "Demo data (approximate, not an official figure)", True),
            ("2015", "4.9", "Demo data (approximate, not an official figure)", True),
            ("2019", "3.7", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "11.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "12.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "14.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "18.2", "Demo data (approximate, not an official figure)", True),
            ("2023", "21.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.3", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "38.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "GA": {
        "population": [
            ("2000", "1272000", "Demo data (approximate, not an official figure)", True),
            ("2005", "1431000", "Demo data (approximate, not an official figure)", True),
            ("2010", "1641000", "Demo data (approximate, not an official figure)", True),
            ("2015", "1947000", "Demo data (approximate, not an official figure)", True),
            ("2020", "2292000", "Demo data (approximate, not an official figure)", True),
            ("2023", "2436000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "14600", "Demo data (approximate, not an official figure)", True),
            ("2010", "15200", "Demo data (approximate, not an official figure)", True),
            ("2015", "16500", "Demo data (approximate, not an official figure)", True),
            ("2020", "16000", "Demo data (approximate, not an official figure)", True),
            ("2023", "20600", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.4", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.693", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "123", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "67", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "7.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "3.4", "Demo data (approximate, not an official figure)", True),
            ("2010", "2.8", "Demo data (approximate, not an official figure)", True),
            ("2015", "2.9", "Demo data (approximate, not an official figure)", True),
            ("2019", "2.8", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.1", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "25.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "28.7", "Demo data (approximate, not an official figure)", True),
            ("2018", "32.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "35.4", "Demo data (approximate, not an official figure)", True),
            ("2023", "37.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "2.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "81.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "MA": {
        "population": [
            ("2000", "28793000", "Demo data (approximate, not an official figure)", True),
            ("2005", "30455000", "Demo data (approximate, not an official figure)", True),
            ("2010", "32343000", "Demo data (approximate, not an official figure)", True),
            ("2015", "34664000", "Demo data (approximate, not an official figure)", True),
            ("2020", "36689000", "Demo data (approximate, not an official figure)", True),
            ("2023", "37840000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "4900", "Demo data (approximate, not an official figure)", True),
            ("2010", "6100", "Demo data (approximate, not an official figure)", True),
            ("2015", "7300", "Demo data (approximate, not an official figure)", True),
            ("2020", "7400", "Demo data (approximate, not an official figure)", True),
            ("2023", "9800", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "3.4", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.698", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "120", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "77", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "7.2", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "5.1", "Demo data (approximate, not an official figure)", True),
            ("2010", "5.9", "Demo data (approximate, not an official figure)", True),
            ("2015", "5.5", "Demo data (approximate, not an official figure)", True),
            ("2019", "5.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "33.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "35.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "39.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "42.4", "Demo data (approximate, not an official figure)", True),
            ("2023", "56.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "5.1", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "86.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "RW": {
        "population": [
            ("2000", "8110000", "Demo data (approximate, not an official figure)", True),
            ("2005", "9126000", "Demo data (approximate, not an official figure)", True),
            ("2010", "10293000", "Demo data (approximate, not an official figure)", True),
            ("2015", "11369000", "Demo data (approximate, not an official figure)", True),
            ("2020", "13146000", "Demo data (approximate, not an official figure)", True),
            ("2023", "14095000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1090", "Demo data (approximate, not an official figure)", True),
            ("2010", "1480", "Demo data (approximate, not an official figure)", True),
            ("2015", "1990", "Demo data (approximate, not an official figure)", True),
            ("2020", "2310", "Demo data (approximate, not an official figure)", True),
            ("2023", "3000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "8.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.548", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "161", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "91", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "8.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "8.5", "Demo data (approximate, not an official figure)", True),
            ("2010", "9.1", "Demo data (approximate, not an official figure)", True),
            ("2015", "7.0", "Demo data (approximate, not an official figure)", True),
            ("2019", "7.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "7.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "5.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "7.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "8.6", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.5", "Demo data (approximate, not an official figure)", True),
            ("2023", "12.3", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.3", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "90.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "GH": {
        "population": [
            ("2000", "18825000", "Demo data (approximate, not an official figure)", True),
            ("2005", "21384000", "Demo data (approximate, not an official figure)", True),
            ("2010", "24779000", "Demo data (approximate, not an official figure)", True),
            ("2015", "28058000", "Demo data (approximate, not an official figure)", True),
            ("2020", "31523000", "Demo data (approximate, not an official figure)", True),
            ("2023", "33788000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "3080", "Demo data (approximate, not an official figure)", True),
            ("2010", "3700", "Demo data (approximate, not an official figure)", True),
            ("2015", "4620", "Demo data (approximate, not an official figure)", True),
            ("2020", "5690", "Demo data (approximate, not an official figure)", True),
            ("2023", "6900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.9", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.602", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "145", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "88", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "6.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "4.4", "Demo data (approximate, not an official figure)", True),
            ("2010", "5.3", "Demo data (approximate, not an official figure)", True),
            ("2015", "4.4", "Demo data (approximate, not an official figure)", True),
            ("2019", "3.4", "Demo data (approximate, not an official figure)", True),
            ("2021", "4.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "14.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "16.2", "Demo data (approximate, not an official figure)", True),
            ("2018", "17.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "18.7", "Demo data (approximate, not an official figure)", True),
            ("2023", "21.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.4", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "54.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "ML": {
        "population": [
            ("2000", "10946000", "Demo data (approximate, not an official figure)", True),
            ("2005", "12776000", "Demo data (approximate, not an official figure)", True),
            ("2010", "15049000", "Demo data (approximate, not an official figure)", True),
            ("2015", "17438000", "Demo data (approximate, not an official figure)", True),
            ("2020", "20251000", "Demo data (approximate, not an official figure)", True),
            ("2023", "22594000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1680", "Demo data (approximate, not an official figure)", True),
            ("2010", "1980", "Demo data (approximate, not an official figure)", True),
            ("2015", "2200", "Demo data (approximate, not an official figure)", True),
            ("2020", "2310", "Demo data (approximate, not an official figure)", True),
            ("2023", "2690", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "4.7", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.410", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "188", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "95", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "5.2", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "5.9", "Demo data (approximate, not an official figure)", True),
            ("2010", "5.4", "Demo data (approximate, not an official figure)", True),
            ("2015", "3.8", "Demo data (approximate, not an official figure)", True),
            ("2019", "4.3", "Demo data (approximate, not an official figure)", True),
            ("2021", "4.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "5.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "6.8", "Demo data (approximate, not an official figure)", True),
            ("2018", "7.9", "Demo data (approximate, not an official figure)", True),
            ("2020", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "12.2", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "0.9", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "15.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "TG": {
        "population": [
            ("2000", "4977000", "Demo data (approximate, not an official figure)", True),
            ("2005", "5611000", "Demo data (approximate, not an official figure)", True),
            ("2010", "6421000", "Demo data (approximate, not an official figure)", True),
            ("2015", "7323000", "Demo data (approximate, not an official figure)", True),
            ("2020", "8443000", "Demo data (approximate, not an official figure)", True),
            ("2023", "9054000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1480", "Demo data (approximate, not an official figure)", True),
            ("2010", "1620", "Demo data (approximate, not an official figure)", True),
            ("2015", "2010", "Demo data (approximate, not an official figure)", True),
            ("2020", "2420", "Demo data (approximate, not an official figure)", True),
            ("2023", "2900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.6", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.547", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "163", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "91", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "4.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "5.5", "Demo data (approximate, not an official figure)", True),
            ("2010", "5.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "5.9", "Demo data (approximate, not an official figure)", True),
            ("2019", "5.7", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "9.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "10.5", "Demo data (approximate, not an official figure)", True),
            ("2018", "11.6", "Demo data (approximate, not an official figure)", True),
            ("2020", "14.4", "Demo data (approximate, not an official figure)", True),
            ("2023", "15.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "10.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "BI": {
        "population": [
            ("2000", "6308000", "Demo data (approximate, not an official figure)", True),
            ("2005", "7388000", "Demo data (approximate, not an official figure)", True),
            ("2010", "8675000", "Demo data (approximate, not an official figure)", True),
            ("2015", "10160000", "Demo data (approximate, not an official figure)", True),
            ("2020", "12220000", "Demo data (approximate, not an official figure)", True),
            ("2023", "13238000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "700", "Demo data (approximate, not an official figure)", True),
            ("2010", "760", "Demo data (approximate, not an official figure)", True),
            ("2015", "830", "Demo data (approximate, not an official figure)", True),
            ("2020", "800", "Demo data (approximate, not an official figure)", True),
            ("2023", "900", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "2.7", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.420", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "187", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "96", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "9.6", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "9.1", "Demo data (approximate, not an official figure)", True),
            ("2010", "11.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "8.4", "Demo data (approximate, not an official figure)", True),
            ("2019", "7.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "7.7", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "4.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "5.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "6.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.3", "Demo data (approximate, not an official figure)", True),
            ("2023", "8.1", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.4", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "22.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "CV": {
        "population": [
            ("2000", "458000", "Demo data (approximate, not an official figure)", True),
            ("2005", "477000", "Demo data (approximate, not an official figure)", True),
            ("2010", "490000", "Demo data (approximate, not an official figure)", True),
            ("2015", "504000", "Demo data (approximate, not an official figure)", True),
            ("2020", "517000", "Demo data (approximate, not an official figure)", True),
            ("2023", "522000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "4900", "Demo data (approximate, not an official figure)", True),
            ("2010", "6000", "Demo data (approximate, not an official figure)", True),
            ("2015", "6400", "Demo data (approximate, not an official figure)", True),
            ("2020", "6300", "Demo data (approximate, not an official figure)", True),
            ("2023", "9000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.1", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.661", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "135", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "55", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "9.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "4.3", "Demo data (approximate, not an official figure)", True),
            ("2010", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "4.9", "Demo data (approximate, not an official figure)", True),
            ("2019", "5.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "6.6", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "38.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "41.0", "Demo data (approximate, not an official figure)", True),
            ("2018", "43.5", "Demo data (approximate, not an official figure)", True),
            ("2020", "46.7", "Demo data (approximate, not an official figure)", True),
            ("2023", "49.3", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "4.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "44.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "GM": {
        "population": [
            ("2000", "1437000", "Demo data (approximate, not an official figure)", True),
            ("2005", "1638000", "Demo data (approximate, not an official figure)", True),
            ("2010", "1937000", "Demo data (approximate, not an official figure)", True),
            ("2015", "2253000", "Demo data (approximate, not an official figure)", True),
            ("2020", "2574000", "Demo data (approximate, not an official figure)", True),
            ("2023", "2773000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1830", "Demo data (approximate, not an official figure)", True),
            ("2010", "2010", "Demo data (approximate, not an official figure)", True),
            ("2015", "2130", "Demo data (approximate, not an official figure)", True),
            ("2020", "2330", "Demo data (approximate, not an official figure)", True),
            ("2023", "2910", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "4.8", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.495", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "174", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "82", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "7.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "4.8", "Demo data (approximate, not an official figure)", True),
            ("2010", "4.4", "Demo data (approximate, not an official figure)", True),
            ("2015", "3.8", "Demo data (approximate, not an official figure)", True),
            ("2019", "3.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "8.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "9.9", "Demo data (approximate, not an official figure)", True),
            ("2018", "11.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "13.8", "Demo data (approximate, not an official figure)", True),
            ("2023", "16.5", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.1", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "8.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "GN": {
        "population": [
            ("2000", "8337000", "Demo data (approximate, not an official figure)", True),
            ("2005", "9586000", "Demo data (approximate, not an official figure)", True),
            ("2010", "10794000", "Demo data (approximate, not an official figure)", True),
            ("2015", "12092000", "Demo data (approximate, not an official figure)", True),
            ("2020", "13205000", "Demo data (approximate, not an official figure)", True),
            ("2023", "14190000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1790", "Demo data (approximate, not an official figure)", True),
            ("2010", "2000", "Demo data (approximate, not an official figure)", True),
            ("2015", "2220", "Demo data (approximate, not an official figure)", True),
            ("2020", "2820", "Demo data (approximate, not an official figure)", True),
            ("2023", "3500", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.7", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.471", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "182", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "93", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "4.0", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "3.4", "Demo data (approximate, not an official figure)", True),
            ("2010", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "5.0", "Demo data (approximate, not an official figure)", True),
            ("2019", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "3.9", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "5.5", "Demo data (approximate, not an official figure)", True),
            ("2015", "6.2", "Demo data (approximate, not an official figure)", True),
            ("2018", "7.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "7.9", "Demo data (approximate, not an official figure)", True),
            ("2023", "9.1", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "0.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "5.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "GW": {
        "population": [
            ("2000", "1201000", "Demo data (approximate, not an official figure)", True),
            ("2005", "1380000", "Demo data (approximate, not an official figure)", True),
            ("2010", "1569000", "Demo data (approximate, not an official figure)", True),
            ("2015", "1771000", "Demo data (approximate, not an official figure)", True),
            ("2020", "2016000", "Demo data (approximate, not an official figure)", True),
            ("2023", "2150000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "1500", "Demo data (approximate, not an official figure)", True),
            ("2010", "1700", "Demo data (approximate, not an official figure)", True),
            ("2015", "1820", "Demo data (approximate, not an official figure)", True),
            ("2020", "2010", "Demo data (approximate, not an official figure)", True),
            ("2023", "2500", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "4.2", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.483", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "179", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "93", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "4.8", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "7.5", "Demo data (approximate, not an official figure)", True),
            ("2010", "7.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "6.5", "Demo data (approximate, not an official figure)", True),
            ("2019", "7.6", "Demo data (approximate, not an official figure)", True),
            ("2021", "8.4", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "4.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "4.8", "Demo data (approximate, not an official figure)", True),
            ("2018", "5.3", "Demo data (approximate, not an official figure)", True),
            ("2020", "6.0", "Demo data (approximate, not an official figure)", True),
            ("2023", "6.8", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "0.6", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "3.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
    "MZ": {
        "population": [
            ("2000", "17712000", "Demo data (approximate, not an official figure)", True),
            ("2005", "20493000", "Demo data (approximate, not an official figure)", True),
            ("2010", "23532000", "Demo data (approximate, not an official figure)", True),
            ("2015", "27042000", "Demo data (approximate, not an official figure)", True),
            ("2020", "31178000", "Demo data (approximate, not an official figure)", True),
            ("2023", "33897000", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-per-capita-ppp": [
            ("2005", "900", "Demo data (approximate, not an official figure)", True),
            ("2010", "1090", "Demo data (approximate, not an official figure)", True),
            ("2015", "1290", "Demo data (approximate, not an official figure)", True),
            ("2020", "1300", "Demo data (approximate, not an official figure)", True),
            ("2023", "1600", "Demo data (approximate, not an official figure)", True),
        ],
        "gdp-growth": [
            ("2023", "5.4", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi": [
            ("2022", "0.461", "Demo data (approximate, not an official figure)", True),
        ],
        "hdi-rank": [
            ("2022", "183", "Demo data (approximate, not an official figure)", True),
        ],
        "informal-economy": [
            ("2019", "94", "Demo data (approximate, not an official figure)", True),
        ],
        "govt-health-expenditure": [
            ("2021", "6.5", "Demo data (approximate, not an official figure)", True),
        ],
        "health-expenditure-gdp": [
            ("2005", "6.2", "Demo data (approximate, not an official figure)", True),
            ("2010", "5.8", "Demo data (approximate, not an official figure)", True),
            ("2015", "6.4", "Demo data (approximate, not an official figure)", True),
            ("2019", "7.0", "Demo data (approximate, not an official figure)", True),
            ("2021", "7.8", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-coverage": [
            ("2012", "12.0", "Demo data (approximate, not an official figure)", True),
            ("2015", "14.4", "Demo data (approximate, not an official figure)", True),
            ("2018", "16.0", "Demo data (approximate, not an official figure)", True),
            ("2020", "18.9", "Demo data (approximate, not an official figure)", True),
            ("2023", "20.0", "Demo data (approximate, not an official figure)", True),
        ],
        "sp-expenditure": [
            ("2020", "1.7", "Demo data (approximate, not an official figure)", True),
        ],
        "health-coverage": [
            ("2022", "47.0", "Demo data (approximate, not an official figure)", True),
        ],
    },
}
