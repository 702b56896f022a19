import type { ImportSlot, ImportStatus } from '#shared/api/schemas/import.ts';
import { formatBytes } from '$lib/format.ts';

/** Importer des fichiers (guide 3.1). */
export const importer = {
  title: 'Importer des fichiers',
  heading: 'Importer des fichiers',
  intro: 'Importez depuis SIECLE les personnels, puis les apprenants et leurs responsables légaux.',

  staff: {
    heading: 'Importation des enseignants',
    first: 'À importer obligatoirement en premier : les enseignants, les chefs d’établissement, les classes et les groupes.',
    where: 'Dans SIECLE : ARENA › Gestion des personnels › Gestion des structures et des services (STSWeb) › Mise à jour › Exports › Emploi du temps.',
    submit: 'Analyse du fichier',
  },
  learners: {
    heading: 'Importation des apprenants et de leurs parents',
    where:
      'Dans SIECLE : ARENA › Base élèves établissement (BEE) › Consultation et export › Exportations › En XML › Génériques. Enregistrez les deux fichiers, zippés ou non.',
    oneOrBoth: 'Importez les deux fichiers ensemble, ou un seul à la fois.',
    large: 'Grand établissement ? Si l’analyse échoue, importez d’abord le fichier élèves seul, puis le fichier parents.',
    submit: 'Analyse du ou des fichiers',
  },
  slots: {
    sts: 'Fichier des enseignants (STS)',
    eleves: 'Fichier élèves',
    responsables: 'Fichier parents',
  } satisfies Record<ImportSlot, string>,
  slotHints: {
    sts: (uai: string) => `sts_emp_${uai}_<année>.xml, ou le zip qui le contient.`,
    eleves: () => 'ElevesSansAdresses.xml, ou ElevesSansAdresses.zip.',
    responsables: () => 'ResponsablesAvecAdresses.xml, ou ResponsablesAvecAdresses.zip.',
  } as Record<ImportSlot, (uai: string) => string>,
  limit: (max: number) => `Fichier XML ou zip, ${formatBytes(max)} au plus.`,
  chosen: (size: number) => `Taille : ${formatBytes(size)}.`,
  check: {
    none: 'Choisissez au moins un fichier.',
    missing: 'Choisissez le fichier à importer.',
    extension: 'Ce fichier n’est ni un .xml ni un .zip : choisissez le fichier exporté de SIECLE.',
    empty: 'Ce fichier est vide : exportez-le à nouveau depuis SIECLE.',
    tooLarge: (max: number) => `Le fichier dépasse ${formatBytes(max)}.`,
  },
  starting: 'Préparation…',

  run: {
    heading: 'Importation en cours',
    headingDone: 'Résultat de l’importation',
    headingAnalysis: 'Résultat de l’analyse',
    startedAt: (date: string) => `Importation commencée le ${date}.`,
    uploading: 'Envoi des fichiers',
    uploaded: (loaded: string, total: string) => `${loaded} sur ${total}`,
    waiting: 'Réception des fichiers',
    waitingLong:
      'La réception des fichiers prend plus de temps que prévu. Vous pouvez patienter ou revenir plus tard : l’importation apparaîtra dans la liste des importations précédentes.',
    analysing: 'Analyse des fichiers',
    importing: 'Importation des données',
    pollFailed: 'Le suivi de l’importation est interrompu.',
    resume: 'Reprendre le suivi',
    confirm: 'Importer les fichiers',
    confirming: 'Lancement de l’importation…',
    confirmHelp:
      'Vérifiez l’analyse ci-dessus, puis importez. Les données pédagogiques, les identifiants et les mots de passe existants ne sont jamais modifiés.',
    rejected: 'Ces fichiers ne peuvent pas être importés.',
    rejectedHelp: 'Rien n’a été importé. Corrigez le problème signalé ou choisissez d’autres fichiers, puis recommencez.',
    failed: 'L’importation a échoué.',
    failedHelp: 'Rien n’est perdu : recommencez l’importation ; si le problème persiste, contactez l’assistance.',
    imported: 'Importation terminée.',
    keep: 'Conservez ce résultat : il contient les identifiants et les mots de passe initiaux à communiquer.',
    download: 'Télécharger le résultat (tableur)',
    again: 'Nouvelle importation',
    files: 'Fichiers',
    errorsTitle: 'Erreurs bloquantes',
    warningsTitle: 'Points à vérifier',
  },
  fileStatus: {
    waiting: 'en attente',
    received: 'reçu',
    analysed: 'analysé',
    rejected: 'refusé',
  } as Record<string, string>,
  status: {
    'waiting-files': 'En attente des fichiers',
    analysing: 'Analyse en cours',
    analysed: 'Analysé, à importer',
    rejected: 'Refusé',
    importing: 'Importation en cours',
    imported: 'Importé',
    failed: 'Échec',
  } satisfies Record<ImportStatus, string>,

  summary: {
    countsLabel: 'En chiffres',
    counts: {
      // [one, several]: French agrees the noun with the count (« 1 classe », « 2 classes »).
      analysis: {
        divisionsCreated: ['classe à créer', 'classes à créer'],
        groupsCreated: ['groupe à créer', 'groupes à créer'],
        usersCreated: ['utilisateur à créer', 'utilisateurs à créer'],
        usersUpdated: ['utilisateur à mettre à jour', 'utilisateurs à mettre à jour'],
        usersHidden: ['utilisateur à masquer', 'utilisateurs à masquer'],
        usersUnchanged: ['utilisateur inchangé', 'utilisateurs inchangés'],
        guardiansCreated: ['responsable à créer', 'responsables à créer'],
        guardianLinksCreated: ['lien responsable–apprenant à créer', 'liens responsable–apprenant à créer'],
      },
      result: {
        divisionsCreated: ['classe créée', 'classes créées'],
        groupsCreated: ['groupe créé', 'groupes créés'],
        usersCreated: ['utilisateur créé', 'utilisateurs créés'],
        usersUpdated: ['utilisateur mis à jour', 'utilisateurs mis à jour'],
        usersHidden: ['utilisateur masqué', 'utilisateurs masqués'],
        usersUnchanged: ['utilisateur inchangé', 'utilisateurs inchangés'],
        guardiansCreated: ['responsable créé', 'responsables créés'],
        guardianLinksCreated: ['lien responsable–apprenant créé', 'liens responsable–apprenant créés'],
      },
    },
    lists: {
      analysis: {
        divisions: 'Classes à créer',
        groups: 'Groupes à créer',
        created: 'Utilisateurs à créer',
        updated: 'Utilisateurs à mettre à jour',
        hidden: 'Utilisateurs à masquer (ont quitté l’établissement)',
        guardians: 'Responsables à créer',
      },
      result: {
        divisions: 'Classes créées',
        groups: 'Groupes créés',
        created: 'Utilisateurs créés',
        updated: 'Utilisateurs mis à jour',
        hidden: 'Utilisateurs masqués (ont quitté l’établissement)',
        guardians: 'Responsables créés',
      },
    },
    hiddenHelp:
      'Les utilisateurs masqués n’apparaissent plus dans les modules ; l’accès des enseignants est suspendu. Un apprenant garde l’Export du passeport professionnel pendant 3 mois.',
    truncatedAnalysis: 'Les listes sont abrégées : seules les premières lignes sont affichées.',
    truncatedResult: 'Les listes sont abrégées : le tableur contient toutes les lignes.',
    nothing: 'Aucun changement : les données de Cerise sont déjà à jour.',
    columns: {
      name: 'Nom',
      login: 'Identifiant',
      initialPassword: 'Mot de passe initial',
      profile: 'Profil',
      discipline: 'Discipline',
      divisions: 'Classes',
      division: 'Classe',
      groups: 'Groupes',
      diploma: 'Diplôme',
      learners: 'Apprenant(s)',
      email: 'Adresse électronique',
    },
  },

  history: {
    heading: 'Importations précédentes',
    empty: 'Aucune importation pour le moment.',
    date: 'Date',
    files: 'Fichiers',
    status: 'État',
    action: 'Action',
    open: 'Afficher',
    shown: 'Affichée ci-dessus',
  },
} as const;
