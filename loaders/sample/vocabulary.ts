/** Word lists the generator draws its texts from; everything built from them is fictitious. */

/** Idea themes (suivi `Thématique`). */
export const THEMES = [
  "santé",
  "mobilité",
  "alimentation",
  "inclusion",
  "éducation",
  "environnement",
  "culture",
  "emploi",
  "citoyenneté",
  "handicap"
] as const;
export type Theme = (typeof THEMES)[number];

/** Idea titles per theme: needs of inhabitants the calls cite, and similar ones. */
export const IDEA_TITLES: Record<Theme, readonly string[]> = {
  "santé": [
    "Rappel de prise de médicaments par SMS",
    "Carnet de liaison numérique pour les aidants",
    "Carte des défibrillateurs accessibles",
    "Téléconsultation accompagnée en mairie",
    "Prévention des chutes des seniors par capteurs",
    "Annuaire des soignants qui prennent de nouveaux patients"
  ],
  mobilité: [
    "Covoiturage domicile-travail en zone rurale",
    "Disponibilité en temps réel des ascenseurs du métro",
    "Transport solidaire à la demande",
    "Carte collaborative des pistes cyclables",
    "Autopartage entre voisins",
    "Horaires de bus partagés par les usagers"
  ],
  alimentation: [
    "Étiquetage des allergènes en restauration collective",
    "Carte des circuits courts",
    "Anti-gaspillage entre commerçants et associations",
    "Menus de cantine co-construits avec les parents",
    "Jardins partagés connectés"
  ],
  inclusion: [
    "Accompagnement aux démarches en ligne",
    "Plateforme d’entraide entre voisins",
    "Traduction simplifiée des courriers administratifs",
    "Prêt d’ordinateurs reconditionnés",
    "Cartographie des lieux de médiation numérique"
  ],
  éducation: [
    "Soutien scolaire entre pairs",
    "Initiation au code pour les collégiens",
    "Orientation par les métiers du numérique",
    "Classe inversée en lycée professionnel",
    "Jeux sérieux pour apprendre à lire"
  ],
  environnement: [
    "Suivi de la qualité de l’air par capteurs citoyens",
    "Réparation collaborative d’objets",
    "Compostage de quartier",
    "Signalement des dépôts sauvages",
    "Économies d’énergie dans les logements sociaux"
  ],
  culture: [
    "Visite augmentée du patrimoine local",
    "Médiathèque hors les murs",
    "Archives familiales numérisées",
    "Parcours sonore dans la ville",
    "Billetterie solidaire des spectacles"
  ],
  emploi: [
    "Bourse aux compétences entre habitants",
    "Mise en relation des saisonniers agricoles",
    "Préparation aux entretiens par vidéo",
    "Annuaire des artisans du territoire"
  ],
  citoyenneté: [
    "Budget participatif en ligne",
    "Consultation des habitants par SMS",
    "Carte des besoins du quartier",
    "Conseil municipal des jeunes connecté"
  ],
  handicap: [
    "Guide des commerces accessibles",
    "Application de description audio des lieux",
    "Réservation de places adaptées",
    "Langue des signes en visioconférence"
  ]
};

/** Kinds of creative event the calls name. */
export const EVENT_KINDS = [
  "Hackathon",
  "Idéathon",
  "Start-up Week-end",
  "Boot camp",
  "Challenge créatif",
  "Game jam",
  "Datathon",
  "Marathon créatif"
] as const;

/** Social-innovation projects (AMI). */
export const AMI_PROJECTS = [
  "Épicerie solidaire itinérante",
  "Garage solidaire",
  "Conciergerie de quartier",
  "Repair café numérique",
  "Habitat intergénérationnel",
  "Recyclerie créative",
  "Cantine solidaire",
  "Ressourcerie numérique",
  "Crèche à horaires atypiques",
  "Plateforme de mobilité solidaire",
  "Café des aidants",
  "Coopérative d’habitants"
] as const;

/** Internal comments of the instructors (the extra column the loader must ignore). */
export const INTERNAL_COMMENTS = [
  "Relance pièces manquantes",
  "Bilan reçu",
  "RIB à vérifier",
  "Dossier complet",
  "Attente courrier du territoire ; relancé",
  "Budget révisé à la baisse",
  "Charte signée",
  "Voir note « suivi HDFID »",
  "Coût total HT (TVA récupérée)"
] as const;

export const FIRST_NAMES = [
  "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Pauline", "Océane",
  "Lucas", "Hugo", "Théo", "Nathan", "Louis", "Maxime", "Antoine", "Mehdi", "Karim", "Julien",
  "Zoé", "Anaïs", "Noémie", "Élodie", "Hélène", "Thomas", "Mathis", "Clément", "Jérôme", "François"
] as const;

export const LAST_NAMES = [
  "Martin", "Bernard", "Dubois", "Lefebvre", "Leroy", "Roux", "Lemaire", "Dupont", "Lambert", "Fontaine",
  "Duhamel", "Caron", "Delattre", "Vasseur", "Lecomte", "Dufour", "Boulanger", "Carpentier", "Deschamps", "Mercier",
  "Benali", "Nguyen", "Lefèvre", "Cœuret", "Bouchez", "Descamps", "Delcroix", "Hennebert", "Gaudière", "Wattel"
] as const;
