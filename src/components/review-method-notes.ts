import { formatDate } from "./format.js";

/** What each figure of a review counts, in French, for the method section (`exportsDate` as `YYYY-MM-DD`). */
export function reviewMethodNotes(year: number, exportsDate: string | null): { term: string; text: string }[] {
  const asOf = exportsDate ? `arrêtés au ${formatDate(exportsDate)} (date de l’export courant)` : "dont la date n’est pas connue (ils ne contiennent aucune date)";
  return [
    {
      term: "Données",
      text: `Exports de la plateforme des aides de la Région et tableaux de suivi de la Mission innovation numérique, ${asOf}. Seules les lignes retenues au chargement des exports sont comptées ; les montants des dossiers sont ceux connus à cette date.`
    },
    {
      term: "Année",
      text: `Chaque chiffre est rattaché à l’année de la date de vote (ou de labellisation) de son dossier : ce bilan décrit ce que la Région a décidé en ${year}. Un bilan est publié pour chaque année où au moins un dossier INS’pir (événement créatif, expérimentation ou structure d’accompagnement) a été labellisé ou voté. La page Territoires date les événements par leur date de déroulement : ses chiffres annuels peuvent différer.`
    },
    {
      term: "Événements",
      text: "Dossiers « INS’pir - Événement créatif » au statut labellisé, voté ou soldé, rattachés à la commune où ils ont lieu, à son intercommunalité (EPCI, 92 dans la région) et à son département. Les participants sont la somme des nombres déclarés dans les dossiers."
    },
    {
      term: "Enveloppe",
      text: `L’enveloppe INS’pir fin ${year} additionne les lignes budgétaires votées jusqu’au 31 décembre ${year} et celles qui ne sont pas datées (ouvertes dès le début du programme) ; un abondement voté après ${year} n’y figure pas. Reste à engager : l’enveloppe moins le total engagé à cette date.`
    },
    {
      term: "Engagé et mandaté",
      text: `Engagé : pour un dossier voté, le montant voté ; pour un dossier soldé ou caduc, ce qui a été payé, remboursements déduits ; sinon 0. Mandaté : les paiements, remboursements déduits, à leur date de paiement. « Fin ${year} » cumule les dossiers votés et les paiements datés jusqu’au 31 décembre ${year}. Expérimentations et structures d’accompagnement : statut voté, soldé ou caduc.`
    },
    {
      term: "Idées",
      text: `Lignes du suivi des idées issues des événements labellisés en ${year} (y compris ceux devenus caducs depuis), chacune à l’étape la plus avancée qu’elle a atteinte ; une idée mûrie a atteint l’étape « Mûrie » ou une étape ultérieure.`
    },
    {
      term: "Politique de la ville",
      text: "Événements comptés situés dans un quartier prioritaire (QPV) ou déclarant un public issu de ces quartiers, en nombre et en montant engagé ; une part dont le total est nul vaut 0."
    },
    {
      term: "Tiers-lieux",
      text: `Aides « Tiers-lieux du numérique » votées en ${year} (statut voté, soldé ou caduc) : nombre, intercommunalités et montants votés ; la première année est l’année 1 du plan de financement du tiers-lieu.`
    },
    {
      term: "Événements présentés",
      text: `Les événements labellisés en ${year} ayant réuni le plus de participants déclarés, avec la date de leur label (qui les rattache à ${year}) et celle où ils se déroulent, parfois l’année suivante. L’organisation est le bénéficiaire du dossier ; aucune donnée personnelle n’est publiée.`
    }
  ];
}
