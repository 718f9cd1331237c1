import * as cell from "./cell-parser.js";
import type { ExportSpec } from "./export-spec.js";
import { ACCOMPAGNATEURS, EVENT, STAGES } from "./vocabulary.js";

/** `suivi`: one idea (a team) that came out of a creative event. */
export const SUIVI: ExportSpec = {
  kind: "suivi",
  table: "idees",
  comment: "Idées gardées de l'export suivi (leurs colonnes personnelles sont dans personal_data)",
  key: "id",
  columns: [
    { header: "N° idée", name: "id", cell: cell.requiredText, required: true, comment: "N° idée" },
    { header: "N° dossier événement", name: "dossier_evenement", cell: cell.requiredText, required: true, comment: "Événement créatif d'où vient l'idée" },
    { header: "Titre", name: "titre", cell: cell.text, comment: "Titre de l'idée" },
    { header: "Thématique", name: "thematique", cell: cell.text, comment: "Thématique (texte libre)" },
    {
      header: "Étape",
      name: "etape",
      cell: cell.oneOf(STAGES, { required: true }),
      required: true,
      comment: "Étape la plus avancée atteinte",
      derived: [{ name: "etape_rank", type: "INTEGER", comment: "Rang de l'étape, de 1 (Émergée) à 6 (Activité créée)", sql: "stage.rank" }]
    },
    { header: "Abandonnée", name: "abandonnee", cell: cell.yesNo, comment: "L'équipe a arrêté (le droit à l'échec)" },
    { header: "Date de mise à jour", name: "date_mise_a_jour", cell: cell.date, comment: "Dernière mise à jour" },
    { header: "Accompagnateur", name: "accompagnateur", cell: cell.oneOf(ACCOMPAGNATEURS, { required: false }), comment: "Qui accompagne l'équipe" },
    { header: "N° dossier expérimentation", name: "dossier_experimentation", cell: cell.text, comment: "Dossier d'expérimentation qui finance son test" },
    { header: "Porteur", name: "porteur", cell: cell.text, personal: true, comment: "Porteur de l'idée" },
    { header: "Email", name: "email", cell: cell.text, personal: true, comment: "Courriel du porteur" },
    { header: "Consentement publication", name: "consentement_publication", cell: cell.yesNo, comment: "L'équipe accepte la publication sur l'Innovation Store" }
  ],
  // The contract asks only that the experiment's dossier exist.
  references: [{ column: "dossier_evenement", dispositif: EVENT }, { column: "dossier_experimentation" }],
  joins: "JOIN stages stage ON stage.stage = c.etape"
};
