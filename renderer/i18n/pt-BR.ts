/**
 * Brazilian Portuguese messages: the same keys and placeholders as en.ts (a test checks both).
 * Terms of the trade stay as analysts use them in Brazil: capex, TCO, PUE, HHI, scale-up,
 * scale-out, leaf, spine, radix, fat-tree, rail-only; "override" is "ajuste".
 */
export default {
  header: {
    shortcut: '{action} ({keys})',
    file: 'Arquivo',
    new: 'Novo',
    open: 'Abrir…',
    save: 'Salvar',
    saveAs: 'Salvar como…',
    export: 'Exportar para o Excel',
    undo: 'Desfazer',
    redo: 'Refazer',
    unsaved: 'Alterações não salvas',
    views: 'Visões',
    language: 'Idioma',
    theme: 'Alternar entre tema claro e escuro',
  },
  views: { model: 'Modelo', compare: 'Comparar', catalog: 'Catálogo', scaling: 'Escala', search: 'Busca' },
  status: {
    ready: 'Pronto. Todos os valores são calculados pelo modelo a partir das entradas e do catálogo com fontes.',
  },
  notices: {
    opened: '{name} aberto',
    upgraded: '{name} foi atualizado de uma versão anterior; revise o registro de atualização antes de salvar.',
    openedWithProblems: '{name} foi aberto com {n} problema(s) a corrigir; veja as entradas marcadas.',
    cannotOpen: 'Não é possível abrir {name}: {reason}',
    saved: '{name} salvo',
    exported: '{name} exportado',
    newFromSample: 'Novo projeto a partir do exemplo',
    nothingToRevert: 'Este documento ainda não foi salvo; não há versão à qual reverter.',
    recoveryOff:
      'Não é possível manter cópias de recuperação deste documento ({reason}): o trabalho não salvo se perderia numa falha. Salve para mantê-lo.',
  },
  confirm: { discard: 'Descartar as alterações não salvas?' },
  countries: {
    Canada: 'Canadá',
    China: 'China',
    Finland: 'Finlândia',
    Ireland: 'Irlanda',
    Japan: 'Japão',
    Switzerland: 'Suíça',
    Taiwan: 'Taiwan',
    'United States': 'Estados Unidos',
    Unknown: 'Desconhecido',
    Various: 'Vários (fornecedores não nomeados)',
  },
  numbers: {
    ambiguous:
      'Número ambíguo “{text}”: os separadores podem ser lidos de duas maneiras, então o valor não foi aplicado. Escreva {example} ou na forma simples {plain}.',
    notANumber: '“{text}” não é um número. Escreva {example} ou na forma simples {plain}.',
  },
  naming: {
    duplicate: 'Já existe um cenário chamado “{name}”; escolha um nome único.',
    empty: 'Um cenário precisa de um nome.',
  },
  stale: {
    label:
      'Desatualizado: estes resultados são de antes da última edição. Corrija a(s) {n} entrada(s) marcada(s) para atualizá-los.',
    overrides: 'Desatualizado: um ajuste de catálogo é inválido. Corrija-o para atualizar os resultados.',
    components:
      'Desatualizado: um dos componentes próprios do projeto é inválido. Corrija-o para atualizar os resultados.',
  },
  problemDialog: {
    close: 'Fechar',
    open: 'Não foi possível abrir o arquivo',
    openedWithProblems: 'O arquivo foi aberto com problemas',
    save: 'Não foi possível salvar o arquivo',
    export: 'Não foi possível exportar a planilha',
  },
  comparePick: {
    minimum: 'Mantenha pelo menos dois cenários selecionados.',
    maximum: 'No máximo quatro cenários podem ser comparados.',
  },
  analysisErrors: {
    badge: '{n} configuração(ões) de análise a corrigir',
    tab: 'Corrija a(s) configuração(ões) marcada(s) desta análise para ver os resultados; o modelo não é afetado.',
  },
  overrideErrors: {
    invalid: 'deve ser um número maior ou igual a 0 (valor informado: {value})',
  },
  modelMessages: {
    componentsUnusable: 'Os componentes do projeto não podem ser usados ({path}): {detail} (valor informado: {value})',
    browserTooLarge: '{name} tem {size} MiB; o limite é 20 MiB',
    cannotReadFile: 'não é possível ler {name}: {detail}',
    recentUnavailable: 'arquivos recentes não estão disponíveis no navegador',
    notRecent: 'Esse arquivo não está na lista de arquivos recentes.',
    couldNotOpen: 'Não foi possível abrir {name}: {detail}',
    nothingExported: 'Nada foi exportado. {detail}',
    workbookNotBuilt: 'Não foi possível montar a planilha: {detail}',
    exportFailed: 'A exportação falhou: {detail}',
    inputUnitPrice: 'preço unitário de {name}',
    inputUnitPower: 'potência unitária de {name}',
    inputFailureRate: 'taxa de falha de {name}',
    inputPue: 'PUE (energia da instalação / de TI)',
    inputElectricity: 'Preço da eletricidade',
    noRangeInCatalog: 'sem faixa no catálogo',
    perTierNotCombined:
      'modelos de switch por camada ainda não se combinam com {kind}; use um único modelo de switch ou deixe essa entrada no padrão',
    perTierNoTier:
      'uma rede {kind} não tem camada {tier} própria; switches por camada valem para malhas leaf-spine, fat-tree, rail-optimized e rail-only. Remova-o ou use switch.model',
    analysisWork:
      'as análises deste projeto exigem {n} avaliações de projeto ({scenarios} cenários; o mais pesado, {name}, {heaviest}); no máximo {max} podem ser exportadas. Reduza os pontos da varredura ou exporte menos cenários',
    scenarioCannotEvaluate: 'O cenário {name} não pode ser avaliado ({path}): {detail} (valor informado: {value})',
    noScenarioNamed: 'Nenhum cenário chamado {name}; cenários: {names}',
    projectComponentsUnusable:
      'Os componentes do projeto não podem ser usados ({path}): {detail} (valor informado: {value})',
    projectNotValidList: 'O projeto não é válido: {detail}',
    valueIs: '{detail} ({path} é {value}).',
    quantileConvention:
      'Pxx é o percentil xx: xx% das amostras ficam nele ou abaixo dele (P90 não é um nível de excedência). Interpolação linear entre estatísticas de ordem (Hyndman-Fan tipo 7, padrão do R, PERCENTIL.INC do Excel).',
    notProjectText: 'era esperado o texto de um arquivo de projeto',
    tooManyValues:
      'o projeto é grande demais para ser lido: um projeto comporta no máximo {n} valores (números, textos e campos)',
    tooManyFields: 'tem mais de {n} campos; um objeto num projeto pode ter no máximo {n}',
    couldNotRead: 'não foi possível ler o projeto ({detail})',
    catalogHasNo: 'o catálogo não tem {kind} ({part}) a {rate} Gb/s para {end}',
    notQualified: '{eco} em switches {sw} não qualifica {kind} a {rate} Gb/s',
    notQualifiedList: '{eco} em switches {sw} não qualifica {kind} a {rate} Gb/s (qualificados: {qualified})',
    noQualifiedMedium: 'nenhum meio qualificado atende {length} m ({between}) até {year}: {causes}',
    notReferenceServer: 'não é um servidor de referência do catálogo; use generic ou um destes: {ids}',
    serverAccelerators: '{name} tem {n} aceleradores, mas cluster.acceleratorsPerServer é {g}',
    serverCageNotMultiple:
      'uma gaiola de servidor de {rate} Gb/s não comporta portas inteiras de {port} Gb/s; use a taxa da porta ou um múltiplo inteiro dela',
    serverCagesTooFew:
      '{name} tem {cages} gaiolas de scale-out de {rate} Gb/s, espaço para {room} portas de {port} Gb/s, mas o cenário dá {ports} a cada servidor',
    cpoNeedsSwitch: 'cpo exige um modelo de switch com óptica co-empacotada (defina switch.model)',
    tornadoMethod:
      'Uma entrada por vez, do valor baixo ao alto, com todas as outras no valor de base; o projeto do caso base (plano, switch, NIC, meios) é reprecificado, não reescolhido. Barras ordenadas pela amplitude, a diferença absoluta entre o resultado no alto e no baixo.',
    monteCarloMethod:
      'Entradas independentes amostradas por hipercubo latino nas faixas baixo / típico / alto; cada amostra reprecifica o projeto do caso base (plano, switch, NIC e meios escolhidos nos valores típicos).',
    monteCarloNotSampled:
      'taxas de falha: o custo de indisponibilidade não é linear nelas e não é reprecificado por amostra; veja o tornado',
    tornadoBase:
      '{name} como avaliado: {n} aceleradores em {year}, cada preço e potência no valor típico do catálogo ou no ajuste, PUE {pue}, {price} USD/kWh, TCO em {horizon} anos a {rate} %/ano',
    rangeWhole: 'deve ser um número inteiro de {min} a {max}{unit}',
    range: 'deve ser um número de {min} a {max}{unit}',
    rangeWholeAbove: 'deve ser um número inteiro maior que {min} e no máximo {max}{unit}',
    rangeAbove: 'deve ser um número maior que {min} e no máximo {max}{unit}',
    oneOf: 'deve ser um destes valores: {values}',
    notEmpty: 'não pode ficar vazio nem só com espaços; de 1 a {max} caracteres',
    textMax: 'deve ser um texto de no máximo {max} caracteres',
    atMostChars: 'deve ter no máximo {max} caracteres',
    uniqueYear: 'deve ser um ano que ainda não está no plano (uma entrada por ano)',
    uniqueNames: 'os nomes dos cenários devem ser únicos; o cenário {index} já tem este nome',
    slipTarget:
      'deve ser none ou um id de tecnologia, fornecedor ou componente do catálogo (letras minúsculas, dígitos, ".", "+" ou "-")',
    catalogId: 'deve ser um id do catálogo (letras minúsculas, dígitos, ".", "+" ou "-")',
    overrideMap: 'deve associar ids do catálogo a números de 0 a {max} {unit}',
    unknownField: 'campo desconhecido “{name}”',
    notInCatalog: 'não está no catálogo',
    unknownSwitch: 'switch desconhecido: não está no catálogo',
    unknownNic: 'NIC desconhecida: não está no catálogo',
    firstVolumeAfter: 'primeiro volume em {first}, depois do ano do cenário ({year})',
    atLeastOne: 'deve ser pelo menos 1',
    atLeastTwoPorts: 'deve ter pelo menos 2 portas',
    radixAtMost: 'deve ser no máximo {max}, o radix do {name} a {rate} Gb/s',
    maxTiers: '{name} tem no máximo {max} camadas',
    planesDivide: 'deve dividir igualmente as {ports} portas de NIC de um servidor',
    noSwitchCandidate: 'nenhum switch do catálogo atende',
    toYearAfterFrom: 'deve ser pelo menos {other} ({year})',
    variantNames: 'os nomes das variantes devem diferir entre si e do cenário',
    finiteYears: 'deve ser um número finito de anos',
    invalidJsonAt: 'JSON inválido na linha {line}, coluna {column}: {detail}',
    fileEmpty: 'o arquivo está vazio; era esperado um projeto do Fabricost (um objeto JSON)',
    fileTooLarge: 'o arquivo tem mais de 20 MB, o limite para arquivos de projeto; ele não foi lido',
    notAProject: 'era esperado um projeto do Fabricost: um objeto JSON com schemaVersion e scenarios',
    moreErrors: 'mais {n} erros não estão listados; corrija primeiro os de cima',
    fixedModeUnbuildable:
      'o modo fixo mantém os componentes do ano de construção {year}, mas o cenário não pode ser construído nesse ano: {detail}',
    unknownCatalogId: 'id desconhecido no catálogo; veja o navegador do catálogo ou os arquivos de dados do catálogo',
    fabricSpan: '{name} abrange no máximo {max} aceleradores',
    switchPortRates: 'as portas do {name} operam a {rates} Gb/s; escolha uma dessas taxas',
    dualHomingPorts:
      'a dupla conexão precisa de duas portas por NIC ou por acelerador; {nic} tem 1 porta e scaleOut.nicPortsPerAccelerator é 1',
    nicPortsFill: 'as {ports} portas de NIC de cada servidor devem preencher NICs {name} inteiras de {per} portas',
    closRoom:
      '{name} precisa de espaço para {endpoints} endpoints, mas comporta no máximo {capacity} com radix {radix} nesta sobreassinatura e agrupamento ({tiers}); adicione camadas ou planos, ou escolha um radix maior',
    leavesNoEndpoints:
      'leaves de radix {radix} ficam sem portas de endpoint nesta sobreassinatura; reserve menos portas',
    dragonflyPlusRadix: 'um switch dragonfly+ precisa de radix de pelo menos 2',
    dragonflyRadix: 'um roteador dragonfly precisa de radix de pelo menos 3',
    dragonflyPlusReach:
      'um dragonfly+ com p={p}, a={a}, h={h} alcança no máximo {max} endpoints por plano ({groups} grupos); são necessários {needed}',
    dragonflyReach:
      'um dragonfly com p={p}, a={a}, h={h} alcança no máximo {max} endpoints por plano ({groups} grupos); são necessários {needed} grupos. Use mais planos, um radix maior ou dragonfly+',
    slimFlyReach:
      'um Slim Fly com radix {radix} alcança no máximo {max} endpoints por plano (q = {q}, a maior potência de primo q que cabe); use planos ou um radix maior',
    slimFlyRadix: 'um roteador Slim Fly precisa de radix de pelo menos 8 (q = 3)',
    appliesToKinds: 'vale para as topologias {kinds}, não para {kind}',
    dualHomedKinds:
      'NICs com dupla conexão são montadas para as topologias leaf-spine, fat-tree, rail-optimized e rail-only, não para {kind}',
    multipleOfPerServer: 'deve ser múltiplo dos {n} aceleradores por servidor',
    divideOrMultiple: 'deve dividir ou ser múltiplo dos {n} aceleradores por servidor',
    podClosLeaf:
      'vale para leaf-spine e fat-tree (uma leaf por rack); uma leaf rail-optimized atende um trilho de uma unidade escalável, definida por topology.scalableUnitServers',
    podsNeedTier: 'os pods precisam de uma camada acima deles; use topology.kind fat-tree ou rail-optimized',
    podRatioWithoutPods:
      'vale entre pods; defina topology.podAccelerators como o tamanho do pod, ou deixe a razão em 1',
    podsCore:
      '{pods} pods precisam de um switch core com uma porta para cada pod; radix {radix} liga no máximo {max} pods; use pods maiores',
    kindMaxTiers: 'um {kind} tem no máximo {max} camadas',
    dualHomedPlanes:
      'unidades com dupla conexão de {n} portas precisam de planos que dividam {n} ou sejam pelo menos {n}',
    dualHomedRackPorts: 'cada leaf de um rack com dupla conexão deve receber o mesmo número de portas',
    noUplinkRadix: 'não deixa uplink num switch de radix {radix}',
    leavesNoUplink: 'leaves de radix {radix} não têm porta livre para um uplink',
    wholePods: 'deve ser um número inteiro de pods de {n} aceleradores (topology.podAccelerators)',
    wholeRacks: 'deve ser um número inteiro de racks de {servers} servidores ({n} aceleradores)',
    wholeUnits: 'deve ser um número inteiro de unidades escaláveis de {servers} servidores ({n} aceleradores)',
    nicRateMultiple: 'deve ser a taxa de porta da NIC, {rate} Gb/s, ou um múltiplo inteiro dela (ex.: {example})',
    domainPortsPlanes: 'as {ports} portas de um domínio de scale-up devem se dividir igualmente entre os planos',
    serverPortsPlanes: 'as {ports} portas de NIC de cada servidor devem se dividir igualmente entre os planos',
    reservedSpill:
      'reservar {reserved} porta(s) por leaf deixa {left} portas de endpoint numa leaf de trilho, poucas para a unidade escalável de {su} servidores',
    notSlipTarget: 'não é um id de tecnologia, fornecedor ou componente do catálogo; tecnologias: {techs}',
    noNicAvailable:
      'nenhuma NIC {eco} com portas de {rate} Gb/s está disponível até {year}; taxas disponíveis: {rates} Gb/s',
    noSwitchAvailable:
      'nenhum switch {what}com portas de {rate} Gb/s está disponível até {year}; indique um ou mude o ano, a taxa ou os meios',
    notInEcosystem: 'não faz parte do ecossistema {eco} (suporta {list})',
    nicRateMismatch: 'as portas operam a {rate} Gb/s, mas scaleOut.nicPortRateGbps é {wanted}',
    switchRateMismatch: 'as portas operam a {rates} Gb/s, não na taxa da NIC de {rate} Gb/s',
    noMediumReach: 'nenhum meio do catálogo alcança {length} m para {between} até {year}',
    sweepSizes: 'os tamanhos devem ser números inteiros de aceleradores, pelo menos 1',
    sweepCancelled: 'a varredura foi cancelada',
    mcCancelled: 'cancelado antes de todas as amostras serem concluídas',
    mcPartial: 'apenas {done} de {n} amostras foram concluídas',
    wholeYearFrom: 'deve ser um ano inteiro, no mínimo o primeiro ano ({year})',
    tpDivide: 'tensor {tp} x pipeline {pp} = {product} deve dividir os {n} aceleradores',
    tpdpEqual: 'tensor {tp} x pipeline {pp} x data {dp} = {product} deve ser igual aos {n} aceleradores',
    expertDivide:
      'deve dividir o grau de paralelismo de dados {dp} (os grupos de especialistas se formam dentro dos grupos de dados)',
    stagesLayers:
      '{stages} estágios x {chunks} blocos precisam de pelo menos esse número de camadas; o modelo tem {layers}',
    tokensPerStep:
      '{dp} réplicas de dados x micro-lotes de {mb} sequências precisam de pelo menos {tokens} tokens por passo a {seq} tokens por sequência',
    noTrainingTime:
      'não sobra tempo de treinamento: as interrupções chegam mais rápido do que o job consegue fazer checkpoint e reiniciar (razão de tempo efetivo de treinamento 0); encurte o intervalo fixo de checkpoint, use Young ou Daly, ou reduza as taxas de falha',
    noFiniteStep:
      'o tempo de passo não tem valor finito: uma entrada de eficiência é ínfima (eficiência de computação, uma eficiência de barramento ou a parcela de parâmetros ativos perto de 0); use valores que um acelerador ou fabric consiga atingir',
    newerFile:
      'este arquivo foi gravado por um Fabricost mais novo (versão de esquema {version}); esta versão lê até a {current}. Ele não foi alterado.',
    schemaVersionRequired:
      'obrigatório; um projeto do Fabricost informa seu schemaVersion (este Fabricost grava a {current})',
    schemaVersionWhole: 'deve ser um número inteiro (este Fabricost lê versões até a {current})',
    upgradeFailed: 'não foi possível atualizar o arquivo da versão de esquema {from} para a {to}',
    invalidJson: 'JSON inválido: {detail}',
    tooManyLevels:
      'objetos e listas estão aninhados em mais de {n} níveis (ou contêm a si mesmos); o projeto foi recusado',
    tooLarge: 'o projeto é grande demais para ser lido',
    projectInvalid: 'o projeto não é válido',
    listTooLong: 'longa demais; uma lista num projeto pode ter no máximo {n} itens',
    invalidKey: 'chave inválida; {detail}',
    scenarioList: 'deve ser uma lista de 1 a 64 cenários; um projeto precisa de pelo menos um',
    schemaVersionIs: 'deve ser {v}, a versão de esquema que este Fabricost lê',
    oversubscriptionList: '{rule} (um por fronteira entre camadas; o último se repete)',
    notEmptyText: 'não pode ficar vazio',
    noControlChars: 'não pode conter caracteres de controle',
    memory: 'memória: {detail}',
    memoryShort:
      'precisa de {total} GB por acelerador, {short} GB a mais que seus {capacity} GB (pesos {w} GB, gradientes {g} GB, otimizador {o} GB, ativações {a} GB); recompute ativações, fragmente o otimizador ou acrescente ranks tensoriais ou de pipeline',
    tensorCrossesScaleUp:
      'o paralelismo tensorial {tp} não cabe no domínio de scale-up de {k}: atravessa a rede de scale-out',
    globalTaperNotModelled:
      '{kind}: a redução de banda dos enlaces globais não é modelada; banda total da NIC assumida',
    allToAllForwarded: 'a comunicação todos-para-todos com outros trilhos é encaminhada pelo domínio de scale-up',
    priceDecline: 'uma queda de preço deve ficar abaixo de 100 %/ano',
    powerDecline: 'uma queda de potência deve ficar abaixo de 100 %/ano',
    leavesKeepNoEndpoint: 'leaves de radix {radix} ficam sem porta de endpoint nesta sobreassinatura; use menos',
    leavesKeepNoUplink: 'leaves de radix {radix} ficam sem uplink nesta sobreassinatura; use menos',
    qualifiesFrom: '{eco} qualifica {kind} a {rate} Gb/s só a partir de {later}, depois do ano {year}',
    firstShips: '{kind} a {rate} Gb/s começa a ser fornecido em {first}, depois do ano {year}',
    noReach: 'nenhum {kind} ({part}) a {rate} Gb/s alcança {length} m (o mais longo: {longest} m)',
    cpoLinks: 'o switch tem óptica co-empacotada, então seus enlaces são cpo',
    noPluggable: 'nenhum módulo plugável para {end}',
    unknownFieldAllowed: 'campo desconhecido; campos permitidos: {allowed}',
    unknownFieldReserved: 'campo desconhecido; {name} é um nome reservado e nunca é lido',
    mediumAllowed: '{cause}; permitidos aqui: {allowed}',
  },
  recovery: {
    found: 'Foi encontrado trabalho não salvo de uma sessão que não foi encerrada corretamente:',
    restore: 'Restaurar',
    discard: 'Descartar',
  },
  upgrade: { entry: 'Atualizado da versão {from} para a {to}: {path}: {detail}' },
  scenarios: {
    title: 'Cenários',
    add: 'Adicionar cenário',
    rename: 'Renomear',
    duplicate: 'Duplicar',
    moveUp: 'Mover para cima',
    moveDown: 'Mover para baixo',
    delete: 'Excluir',
    confirmDelete: 'Excluir o cenário “{name}”?',
    perAccelerator: 'acelerador',
    invalid: 'entradas a corrigir',
    unbuildable: 'não pode ser construído',
  },
  editor: {
    title: 'Entradas',
    scenario: 'cenário',
    range: 'faixa de {lo} a {hi}',
    restoreDefault: 'Restaurar o padrão ({value})',
    restoreDefaultFor: 'Restaurar o padrão de {field}',
    got: 'valor informado:',
  },
  groups: {
    Workload: 'Carga de treinamento',
    Reliability: 'Confiabilidade',
    Analysis: 'Análises de escala',
    General: 'Geral',
    Cluster: 'Cluster',
    'Scale-up': 'Scale-up',
    'Scale-out': 'Scale-out',
    Topology: 'Topologia',
    Media: 'Meios físicos',
    'Link lengths': 'Comprimentos de enlace',
    Economics: 'Economia',
    Overrides: 'Ajustes de preço e potência',
  },
  fields: {
    name: { label: 'Nome', description: 'Nome do cenário, único no projeto' },
    description: { label: 'Descrição', description: 'Texto livre exibido com o cenário' },
    year: {
      label: 'Ano de implantação',
      description: 'Ano da implantação; cada componente só entra a partir do seu ano de produção em volume',
    },
    cluster_accelerator_name: { label: 'Acelerador', description: 'Nome do modelo do acelerador' },
    cluster_accelerator_unitPriceUsd: { label: 'Preço do acelerador', description: 'Preço de um acelerador' },
    cluster_accelerator_powerW: { label: 'Potência do acelerador', description: 'Potência de um acelerador' },
    cluster_acceleratorCount: { label: 'Aceleradores', description: 'Número de aceleradores no cluster' },
    cluster_acceleratorsPerServer: {
      label: 'Aceleradores por servidor',
      description: 'Aceleradores por servidor (bandeja de computação)',
    },
    cluster_serverPriceUsd: {
      label: 'Preço do servidor',
      description: 'Preço de um servidor sem os aceleradores e as NICs de scale-out',
    },
    cluster_serverPowerW: {
      label: 'Potência do servidor',
      description: 'Potência de um servidor sem os aceleradores e as NICs de scale-out',
    },
    scaleUp_fabric: { label: 'Malha de scale-up', description: 'Malha de interconexão dentro do domínio de scale-up' },
    scaleUp_domainSize: {
      label: 'Domínio de scale-up',
      description: 'Aceleradores em um domínio de scale-up (alta largura de banda)',
    },
    scaleOut_ecosystem: {
      label: 'Ecossistema de scale-out',
      description: 'Ecossistema de protocolos da rede de scale-out',
    },
    scaleOut_nicPortRateGbps: { label: 'Taxa da porta da NIC', description: 'Taxa de uma porta de NIC de scale-out' },
    scaleOut_nicPortsPerAccelerator: {
      label: 'Portas de NIC por acelerador',
      description: 'Portas de NIC de scale-out por acelerador',
    },
    scaleOut_planes: {
      label: 'Planos',
      description: 'Planos de rede independentes; as portas de NIC são distribuídas igualmente entre eles',
    },
    scaleOut_nic: {
      label: 'Modelo de NIC',
      description: 'ID da NIC no catálogo, ou auto para a mais recente elegível',
    },
    scaleOut_server: {
      label: 'Gaiolas do servidor',
      description:
        'Servidor de referência cujas gaiolas de scale-out recebem os módulos do lado do servidor (ex.: dgx-h100: 8 x 400G em 4 gaiolas OSFP twin-port de 800G), ou generic: cada porta de NIC na gaiola da própria NIC',
    },
    scaleOut_serverCageRateGbps: {
      label: 'Taxa da gaiola do servidor',
      description:
        'Taxa de uma gaiola de scale-out do servidor, a taxa da porta da NIC ou um múltiplo inteiro dela (800 = twin-port 2 x 400G); auto = a gaiola do servidor de referência, ou a gaiola da NIC para um servidor genérico',
    },
    topology_kind: { label: 'Topologia', description: 'Topologia da rede' },
    topology_tiers: {
      label: 'Camadas',
      description: 'Camadas de comutação de um Clos dobrado, ou auto para o menor número que comporte o cluster',
    },
    topology_oversubscription: {
      label: 'Sobreassinatura por camada',
      description:
        'Banda de descida sobre banda de subida em cada fronteira entre camadas, começando pela leaf (1 = sem bloqueio, 7 = 1:7). Um único valor vale para todas as fronteiras; uma lista maior dá um valor por fronteira e é recusada quando tem mais valores do que a rede tem fronteiras',
    },
    topology_scalableUnitServers: {
      label: 'Unidade escalável',
      description:
        'Servidores por unidade escalável (rail-optimized); auto preenche todas as portas de endpoint de uma leaf de trilho. Uma unidade forçada que deixa portas da leaf ociosas é sinalizada',
    },
    topology_reservedPortsPerLeaf: {
      label: 'Portas reservadas por leaf',
      description:
        'Portas de descida reservadas em cada leaf para gerenciamento ou como sobressalentes; uma unidade escalável forçada que deixa de caber numa leaf é recusada',
    },
    topology_switchLinkRateGbps: {
      label: 'Taxa dos enlaces entre switches',
      description:
        'Taxa dos uplinks das leaves e dos enlaces acima delas, a taxa da porta da NIC ou um múltiplo inteiro dela (Alibaba HPN: 400 sobre NICs de 200G); auto = a taxa da porta da NIC',
    },
    topology_backupPortsPerLeaf: {
      label: 'Portas de backup por leaf',
      description:
        'Portas de descida da leaf cabeadas a servidores de reserva (Alibaba HPN: 8); saem dos uplinks, de modo que as descidas ativas mantêm a sobreassinatura',
    },
    topology_serversPerLeaf: {
      label: 'Servidores por leaf',
      description:
        'Servidores sob um switch leaf, um ToR de rack (Llama 3: 2), para leaf-spine e fat-tree; auto preenche cada leaf',
    },
    topology_podAccelerators: {
      label: 'Aceleradores por pod',
      description:
        'Aceleradores por pod (0 = sem pods): cada pod é um bloco Clos completo e uma camada core une os pods com a sobreassinatura do pod',
    },
    topology_podOversubscription: {
      label: 'Sobreassinatura entre pods',
      description: 'Banda de descida sobre banda de subida no topo de cada pod (7 = 1:7 entre pods); usada com pods',
    },
    topology_dragonfly_mode: {
      label: 'Parâmetros da dragonfly',
      description: 'Balanceado (a = 2p = 2h, a partir do radix) ou p, a, h explícitos',
    },
    topology_dragonfly_p: { label: 'Dragonfly p', description: 'Terminais por roteador (modo explícito)' },
    topology_dragonfly_a: { label: 'Dragonfly a', description: 'Roteadores por grupo (modo explícito)' },
    topology_dragonfly_h: { label: 'Dragonfly h', description: 'Enlaces globais por roteador (modo explícito)' },
    switch_model: {
      label: 'Modelo de switch',
      description: 'ID do switch no catálogo, ou auto para o mais recente elegível',
    },
    switch_radix: {
      label: 'Radix forçado',
      description: 'Radix efetivo na taxa da porta da NIC (portas após o breakout)',
    },
    switch_byTier_leaf_model: {
      label: 'Modelo de switch da leaf',
      description: 'ID no catálogo do switch da leaf (só Clos dobrado), ou auto para o modelo de switch acima',
    },
    switch_byTier_leaf_radix: {
      label: 'Radix forçado da leaf',
      description: 'Radix efetivo dos switches da leaf na taxa da porta da NIC (portas após o breakout)',
    },
    switch_byTier_spine_model: {
      label: 'Modelo de switch da spine',
      description: 'ID no catálogo do switch da spine (só Clos dobrado), ou auto para o modelo de switch acima',
    },
    switch_byTier_spine_radix: {
      label: 'Radix forçado da spine',
      description: 'Radix efetivo dos switches da spine na taxa da porta da NIC (portas após o breakout)',
    },
    switch_byTier_core_model: {
      label: 'Modelo de switch do core',
      description: 'ID no catálogo do switch do core (só Clos dobrado), ou auto para o modelo de switch acima',
    },
    switch_byTier_core_radix: {
      label: 'Radix forçado do core',
      description: 'Radix efetivo dos switches do core na taxa da porta da NIC (portas após o breakout)',
    },
    switch_byTier_superCore_model: {
      label: 'Modelo de switch do super-core',
      description: 'ID no catálogo do switch do super-core (só Clos dobrado), ou auto para o modelo de switch acima',
    },
    switch_byTier_superCore_radix: {
      label: 'Radix forçado do super-core',
      description: 'Radix efetivo dos switches do super-core na taxa da porta da NIC (portas após o breakout)',
    },
    media_acceleratorLeaf: {
      label: 'Meio NIC–leaf',
      description: 'Auto escolhe o meio mais barato que cobre a distância e já é fornecido no ano de implantação',
    },
    media_leafSpine: {
      label: 'Meio leaf–spine',
      description: 'Auto escolhe o meio mais barato que cobre a distância e já é fornecido no ano de implantação',
    },
    media_spineCore: {
      label: 'Meio spine–core',
      description: 'Auto escolhe o meio mais barato que cobre a distância e já é fornecido no ano de implantação',
    },
    media_coreSuper: {
      label: 'Meio core–super-core',
      description: 'Auto escolhe o meio mais barato que cobre a distância e já é fornecido no ano de implantação',
    },
    media_local: { label: 'Meio intragrupo', description: 'Enlaces da dragonfly dentro de um grupo' },
    media_global: { label: 'Meio intergrupos', description: 'Enlaces da dragonfly entre grupos' },
    linkLengthM_acceleratorLeaf: {
      label: 'Comprimento NIC–leaf',
      description: 'Comprimento típico de um enlace entre NIC e leaf',
    },
    linkLengthM_leafSpine: {
      label: 'Comprimento leaf–spine',
      description: 'Comprimento típico de um enlace entre leaf e spine',
    },
    linkLengthM_spineCore: {
      label: 'Comprimento spine–core',
      description: 'Comprimento típico de um enlace entre spine e core',
    },
    linkLengthM_coreSuper: {
      label: 'Comprimento core–super-core',
      description: 'Comprimento típico de um enlace entre core e super-core',
    },
    linkLengthM_local: {
      label: 'Comprimento intragrupo',
      description: 'Comprimento típico de um enlace da dragonfly dentro de um grupo',
    },
    linkLengthM_global: {
      label: 'Comprimento intergrupos',
      description: 'Comprimento típico de um enlace da dragonfly entre grupos',
    },
    economics_electricityUsdPerKWh: { label: 'Preço da eletricidade', description: 'Preço da energia elétrica' },
    economics_pue: { label: 'PUE', description: 'Eficiência no uso de energia (PUE) da instalação' },
    economics_horizonYears: { label: 'Horizonte do TCO', description: 'Anos de custo de energia incluídos no TCO' },
    economics_discountRatePercent: {
      label: 'Taxa de desconto',
      description: 'Taxa de desconto sobre o custo futuro de energia (0 = sem desconto)',
    },
    economics_streetDiscountPercent: {
      label: 'Desconto sobre o preço de tabela',
      description: 'Desconto sobre os preços de tabela da lista de materiais da rede (0 = preço de tabela)',
    },
    economics_sparesPercent: {
      label: 'Peças sobressalentes',
      description: 'Peças sobressalentes, como fração do preço do hardware com desconto',
    },
    economics_installationPercent: {
      label: 'Instalação',
      description: 'Mão de obra de instalação e cabeamento, como fração do preço do hardware com desconto',
    },
    economics_supportPercentPerYear: {
      label: 'Suporte por ano',
      description: 'Contrato de suporte por ano no horizonte do TCO, como fração do hardware e dos sobressalentes',
    },
    overrides_priceUsd: { label: 'Ajustes de preço', description: 'Preços unitários ajustados por ID do catálogo' },
    overrides_powerW: {
      label: 'Ajustes de potência',
      description: 'Potências unitárias ajustadas por ID do catálogo (W por extremidade, para meios físicos)',
    },
    workload_model_parametersBillions: {
      label: 'Parâmetros do modelo',
      description: 'Parâmetros do modelo, incluindo todos os especialistas (Llama 3 405B: 405)',
    },
    workload_model_activeParameterShare: {
      label: 'Parcela de parâmetros ativos',
      description:
        'Parcela dos parâmetros usada por token: 1 para um modelo denso, ativos/totais para uma mistura de especialistas (MoE)',
    },
    workload_model_layers: { label: 'Camadas do modelo', description: 'Camadas do transformer (Llama 3 405B: 126)' },
    workload_model_hiddenSize: {
      label: 'Dimensão oculta',
      description: 'Dimensão oculta (do modelo) (Llama 3 405B: 16.384)',
    },
    workload_model_sequenceLength: {
      label: 'Comprimento da sequência',
      description: 'Tokens por sequência de treinamento (pré-treinamento do Llama 3: 8.192)',
    },
    workload_model_tokensPerStep: {
      label: 'Tokens por passo',
      description: 'Lote global: tokens por passo do otimizador (Llama 3: 16M)',
    },
    workload_model_activationRecompute: {
      label: 'Recomputação de ativações',
      description:
        'Recomputação de ativações: nenhuma; seletiva (núcleo da atenção recomputado, Korthikanti et al. 2022); completa (um passo forward extra de cada camada, 8 em vez de 6 FLOPs por parâmetro por token)',
    },
    workload_model_gradientBytesPerParameter: {
      label: 'Bytes de gradiente por parâmetro',
      description:
        'Bytes por elemento de gradiente na redução do paralelismo de dados (2 = BF16; 4 = FP32, como no Llama 3)',
    },
    workload_model_activationBytesPerValue: {
      label: 'Bytes por valor de ativação',
      description: 'Bytes por valor de ativação enviado entre ranks de tensor, pipeline e especialistas (2 = BF16)',
    },
    workload_model_expertsPerToken: {
      label: 'Especialistas por token',
      description:
        'Especialistas para os quais cada token é roteado (top-k); usado só quando o paralelismo de especialistas é maior que 1',
    },
    workload_parallelism_mode: {
      label: 'Paralelismo',
      description:
        'auto: paralelismo de tensor mantido dentro do domínio de scale-up e paralelismo de dados preenchendo o cluster; explícito: todos os graus como informados',
    },
    workload_parallelism_tensor: {
      label: 'Paralelismo de tensor',
      description:
        'Grau de paralelismo de tensor (auto: o maior divisor do tamanho do domínio de scale-up até este valor)',
    },
    workload_parallelism_pipeline: {
      label: 'Paralelismo de pipeline',
      description: 'Grau de paralelismo de pipeline (Llama 3 405B: 16)',
    },
    workload_parallelism_data: {
      label: 'Paralelismo de dados',
      description: 'Grau de paralelismo de dados (modo explícito; no modo auto é derivado do tamanho do cluster)',
    },
    workload_parallelism_expert: {
      label: 'Paralelismo de especialistas',
      description:
        'Grau de paralelismo de especialistas, formado dentro dos grupos de paralelismo de dados (deve dividir o grau de paralelismo de dados)',
    },
    workload_parallelism_pipelineInterleave: {
      label: 'Intercalação do pipeline',
      description:
        'Blocos do modelo por estágio de pipeline (1F1B intercalado); a bolha é (estágios-1)/(blocos x microlotes). O padrão é uma estimativa',
    },
    workload_parallelism_microBatchSequences: {
      label: 'Tamanho do microlote',
      description: 'Sequências por microlote',
    },
    workload_compute_peakTflopsPerAccelerator: {
      label: 'TFLOP/s de pico por acelerador',
      description: 'FLOP/s densos de pico de um acelerador na precisão de treinamento (H100 SXM BF16: 989)',
    },
    workload_compute_computeEfficiency: {
      label: 'Eficiência de computação (substituição)',
      description:
        'Substituição: fração do pico que os kernels de computação atingem sem comunicação e sem bolha. Vazio: derivada do pico de FLOP/s, da largura de banda de memória e das formas de matriz por acelerador',
    },
    workload_compute_overlapFraction: {
      label: 'Sobreposição de pipeline e especialistas',
      description:
        'Parcela da comunicação de pipeline e de paralelismo de especialistas executada em paralelo com a computação (no máximo o tempo total de computação); estimativa',
    },
    workload_model_attentionHeads: {
      label: 'Cabeças de atenção',
      description:
        'Cabeças de atenção (Llama 3 405B: 128); definem a memória dos escores de atenção de um kernel não fundido',
    },
    workload_model_attentionKernel: {
      label: 'Kernel de atenção',
      description:
        'fundido: kernel no estilo FlashAttention que nunca grava os escores sequência x sequência; não fundido: escores, softmax e dropout gravados na memória (Megatron-LM em 2022)',
    },
    workload_model_weightBytesPerParameter: {
      label: 'Bytes por peso',
      description: 'Bytes por peso mantidos para os passos forward e backward (2 = BF16)',
    },
    workload_model_optimizerBytesPerParameter: {
      label: 'Bytes do otimizador por parâmetro',
      description:
        'Bytes de estado do otimizador por parâmetro (Adam em precisão mista: peso mestre FP32, momento e variância = 12)',
    },
    workload_parallelism_sequenceParallel: {
      label: 'Paralelismo de sequência',
      description:
        'Paralelismo de sequência (Korthikanti et al. 2022): normalizações de camada e dropouts divididos entre os ranks tensoriais; os all-reduces tensoriais viram reduce-scatter + all-gather de mesmo volume',
    },
    workload_parallelism_optimizerSharding: {
      label: 'Fragmentação no paralelismo de dados',
      description:
        'O que é dividido entre os ranks de dados: nada; otimizador (estado do otimizador, ZeRO-1 / otimizador distribuído); completo (gradientes, estado do otimizador e pesos em repouso, FSDP como no Llama 3)',
    },
    workload_compute_memoryBandwidthGBps: {
      label: 'Largura de banda de memória',
      description: 'Largura de banda da memória (HBM) de um acelerador (H100 SXM: 3.350)',
    },
    workload_compute_memoryCapacityGB: {
      label: 'Capacidade de memória',
      description: 'Capacidade da memória (HBM) de um acelerador (H100 SXM: 80)',
    },
    workload_compute_memoryCheck: {
      label: 'Verificação de memória',
      description:
        'recusar: um plano cujos pesos, gradientes, estado do otimizador e ativações excedem a capacidade de memória não recebe tempo de passo; relatar: a falta é anotada e o tempo de passo ainda é dado',
    },
    workload_compute_matmulPeakShare: {
      label: 'Fração do pico em multiplicação de matrizes',
      description:
        'Fração do pico que uma multiplicação de matrizes larga atinge (estimativa, ajustada com a Tabela 5 de Korthikanti et al. 2022)',
    },
    workload_compute_matmulHalfWidth: {
      label: 'Largura de meia eficiência',
      description:
        'Largura de matriz por acelerador (dimensão oculta / ranks tensoriais) na qual uma multiplicação de matrizes atinge metade dessa fração (estimativa)',
    },
    workload_compute_memoryTrafficFactor: {
      label: 'Fator de tráfego de memória',
      description:
        'Bytes de tráfego de memória dos kernels limitados por memória por byte de ativação que uma camada armazena (estimativa)',
    },
    workload_compute_tensorOverlapFraction: {
      label: 'Sobreposição do paralelismo tensorial',
      description:
        'Parcela da comunicação do paralelismo tensorial escondida atrás da computação (Megatron-LM: 0, espera cada coletiva)',
    },
    workload_compute_dataOverlapFraction: {
      label: 'Sobreposição do paralelismo de dados',
      description:
        'Parcela da redução de gradientes do paralelismo de dados que pode sobrepor o passo backward; nunca mais que a janela do último micro-lote',
    },
    workload_communication_inNetworkReduction: {
      label: 'Redução na rede',
      description:
        'auto: o all-reduce do paralelismo de dados usa redução na rede (InfiniBand SHARP) onde o switch de scale-out a suporta, enviando cada byte uma vez em vez de 2(n-1)/n vezes; desligado: anel/árvore nos hosts',
    },
    workload_communication_scaleUpBusEfficiency: {
      label: 'Eficiência de barramento no scale-up',
      description:
        'Largura de banda de barramento sobre a taxa de linha no domínio de scale-up para coletivas sem redução no switch (anel 8xH100: 370/450 GB/s); ausente: o valor do catálogo para o fabric',
    },
    workload_communication_scaleUpAllReduceBusEfficiency: {
      label: 'Eficiência de barramento do all-reduce no scale-up',
      description:
        'Largura de banda de barramento equivalente a anel sobre a taxa de linha de um all-reduce no domínio de scale-up, com redução no switch onde o fabric a tem (NVLS 8xH100: 480/450 GB/s); ausente: o valor do catálogo para o fabric',
    },
    workload_communication_scaleOutBusEfficiency: {
      label: 'Eficiência de barramento no scale-out',
      description:
        'Largura de banda de barramento medida sobre a taxa de linha por porta de NIC de scale-out (anel com NIC de 400G: 47/50 GB/s)',
    },
    workload_communication_scaleUpLatencyUs: {
      label: 'Latência de passo no scale-up',
      description:
        'Latência de um passo coletivo dentro do domínio de scale-up (all-reduce NVLS entre 2 GPUs: cerca de 6 µs)',
    },
    workload_communication_scaleOutLatencyUs: {
      label: 'Latência de passo no scale-out',
      description: 'Latência de um passo coletivo pela rede de scale-out (Llama 3: até dezenas de µs)',
    },
    reliability_failures_acceleratorAfrPercentPerYear: {
      label: 'Taxa de falhas do acelerador',
      description:
        'Falhas por acelerador-ano (Llama 3: 268 interrupções de GPU, HBM, SRAM, processador da GPU, térmicas e de SDC em 54 dias com 16.384 GPUs)',
    },
    reliability_failures_hostAfrPercentPerYear: {
      label: 'Taxa de falhas do servidor',
      description:
        'Falhas por servidor-ano fora dos aceleradores e das NICs (Llama 3: 46 interrupções de host, SSD, fonte, chassi, CPU e memória em 2.048 servidores em 54 dias)',
    },
    reliability_failures_softwareInterruptionsPercentPerYear: {
      label: 'Interrupções de software',
      description:
        'Interrupções de software por acelerador-ano (Llama 3: 63 interrupções por bugs de software, watchdog da NCCL e dependências em 54 dias)',
    },
    reliability_failures_plannedInterruptionsPercentPerYear: {
      label: 'Interrupções planejadas',
      description: 'Interrupções planejadas por acelerador-ano (Llama 3: 47 em 54 dias com 16.384 GPUs)',
    },
    reliability_failures_lpoAfrFactor: {
      label: 'Fator da taxa de falhas de LPO',
      description:
        'Multiplicador da taxa de falhas de catálogo dos módulos LPO (1 = como catalogado). Não há dados de confiabilidade de LPO; ajuste-o para análise de sensibilidade (menos partes ativas, porém mais dependência do SerDes do host).',
    },
    reliability_failures_cpoAfrFactor: {
      label: 'Fator da taxa de falhas de CPO',
      description:
        'Multiplicador da taxa de falhas de catálogo das portas ópticas co-empacotadas (1 = como catalogado). A alegação do fornecedor de “10x mais resiliência” corresponde a 0,1: um limite de sensibilidade, não um dado.',
    },
    reliability_interruptProbability_accelerator: {
      label: 'Prob. de interrupção: acelerador',
      description:
        'Probabilidade de que uma falha de acelerador (o treinamento síncrono para) interrompa o job de treinamento',
    },
    reliability_interruptProbability_host: {
      label: 'Prob. de interrupção: servidor',
      description: 'Probabilidade de que uma falha de servidor interrompa o job de treinamento',
    },
    reliability_interruptProbability_nic: {
      label: 'Prob. de interrupção: NIC',
      description:
        'Probabilidade de que uma falha de NIC de scale-out interrompa o job de treinamento (calibrada: a taxa de NIC do catálogo, 1 %/ano, daria 3,5x as interrupções de NIC do Llama 3 com valor 1)',
    },
    reliability_interruptProbability_switch: {
      label: 'Prob. de interrupção: switch',
      description:
        'Probabilidade de que uma falha de switch de scale-out interrompa o job de treinamento, antes dos créditos de dual-homing e de planos',
    },
    reliability_interruptProbability_link: {
      label: 'Prob. de interrupção: enlace',
      description:
        'Probabilidade de que uma falha de transceptor, cabo ou porta óptica co-empacotada interrompa o job de treinamento, antes dos créditos de dual-homing e de planos (calibrada: 1 daria 1,4x as interrupções de switch e cabo do Llama 3)',
    },
    reliability_interruptProbability_scaleUp: {
      label: 'Prob. de interrupção: scale-up',
      description:
        'Probabilidade de que uma falha da comutação de scale-up de um domínio que abrange vários servidores interrompa o job de treinamento',
    },
    reliability_resilience_nicHoming: {
      label: 'Conexão das NICs',
      description:
        'simples, ou dupla: as portas de cada NIC vão para switches leaf diferentes (dual-ToR do Alibaba HPN); a malha é construída assim, e a maioria das falhas de enlace de acesso e de leaf não para o job',
    },
    reliability_resilience_dualHomingCoverage: {
      label: 'Cobertura do dual-homing',
      description:
        'Com dual-homing, parcela das falhas de enlace de acesso e de switch leaf que o job atravessa sem parar (premissa)',
    },
    reliability_resilience_planeFailoverCoverage: {
      label: 'Cobertura de failover entre planos',
      description:
        'Com portas em m >= 2 planos, o job atravessa sem parar esta parcela vezes (m-1)/m das falhas de enlace e de switch (premissa)',
    },
    reliability_checkpoint_intervalMode: {
      label: 'Intervalo de checkpoint',
      description: 'Intervalo entre checkpoints: Young (sqrt(2 x gravação x MTTI)), Daly (ordem superior) ou fixo',
    },
    reliability_checkpoint_fixedIntervalMinutes: {
      label: 'Intervalo fixo de checkpoint',
      description: 'Tempo de computação entre checkpoints quando o modo é fixo',
    },
    reliability_checkpoint_writeMinutes: {
      label: 'Tempo de gravação do checkpoint',
      description:
        'Tempo bloqueante para gravar um checkpoint (estimativa: 4 GB por GPU aos 2 TB/s de armazenamento do Llama 3 em 16 mil GPUs dá cerca de 33 s)',
    },
    reliability_checkpoint_restartMinutes: {
      label: 'Tempo de reinício',
      description:
        'Tempo entre uma interrupção e a retomada do treinamento: detecção, reagendamento e recarga (Meta: 5-20 min)',
    },
    reliability_acceleratorHourUsd: {
      label: 'Valor da hora de acelerador',
      description:
        'Valor de uma hora de acelerador para o custo da indisponibilidade (H100 sob demanda: cerca de 2,7-12,3 USD, fim de 2026)',
    },
    reliability_secondOrderLossFraction: {
      label: 'Perda de segunda ordem',
      description:
        'Perda adicional por jobs vizinhos preemptados, por unidade de perda direta (0 para um cluster dedicado; clusters compartilhados da Meta: cerca de 0,19)',
    },
    analysis_variants_a_label: {
      label: 'Nome da variante A',
      description: 'Nome da variante em gráficos e tabelas; vazio para um nome gerado a partir das alterações',
    },
    analysis_variants_a_topology: {
      label: 'Topologia da variante A',
      description: 'Topologia da variante, ou a mesma do cenário',
    },
    analysis_variants_a_ecosystem: {
      label: 'Ecossistema da variante A',
      description:
        'Ecossistema de scale-out da variante (switch e NIC então escolhidos automaticamente), ou o mesmo do cenário',
    },
    analysis_variants_a_acceleratorLeafMedium: {
      label: 'Meio NIC–leaf da variante A',
      description: 'Meio dos enlaces NIC–leaf da variante, ou o mesmo do cenário',
    },
    analysis_variants_a_switchLinkMedium: {
      label: 'Meio entre switches da variante A',
      description:
        'Meio de todas as classes de enlace entre switches da variante (cpo escolhe um switch CPO), ou o mesmo do cenário',
    },
    analysis_variants_a_planes: {
      label: 'Planos da variante A',
      description: 'Planos de rede independentes da variante; 0 mantém o valor do cenário',
    },
    analysis_variants_b_label: {
      label: 'Nome da variante B',
      description: 'Nome da variante em gráficos e tabelas; vazio para um nome gerado a partir das alterações',
    },
    analysis_variants_b_topology: {
      label: 'Topologia da variante B',
      description: 'Topologia da variante, ou a mesma do cenário',
    },
    analysis_variants_b_ecosystem: {
      label: 'Ecossistema da variante B',
      description:
        'Ecossistema de scale-out da variante (switch e NIC então escolhidos automaticamente), ou o mesmo do cenário',
    },
    analysis_variants_b_acceleratorLeafMedium: {
      label: 'Meio NIC–leaf da variante B',
      description: 'Meio dos enlaces NIC–leaf da variante, ou o mesmo do cenário',
    },
    analysis_variants_b_switchLinkMedium: {
      label: 'Meio entre switches da variante B',
      description:
        'Meio de todas as classes de enlace entre switches da variante (cpo escolhe um switch CPO), ou o mesmo do cenário',
    },
    analysis_variants_b_planes: {
      label: 'Planos da variante B',
      description: 'Planos de rede independentes da variante; 0 mantém o valor do cenário',
    },
    analysis_variants_c_label: {
      label: 'Nome da variante C',
      description: 'Nome da variante em gráficos e tabelas; vazio para um nome gerado a partir das alterações',
    },
    analysis_variants_c_topology: {
      label: 'Topologia da variante C',
      description: 'Topologia da variante, ou a mesma do cenário',
    },
    analysis_variants_c_ecosystem: {
      label: 'Ecossistema da variante C',
      description:
        'Ecossistema de scale-out da variante (switch e NIC então escolhidos automaticamente), ou o mesmo do cenário',
    },
    analysis_variants_c_acceleratorLeafMedium: {
      label: 'Meio NIC–leaf da variante C',
      description: 'Meio dos enlaces NIC–leaf da variante, ou o mesmo do cenário',
    },
    analysis_variants_c_switchLinkMedium: {
      label: 'Meio entre switches da variante C',
      description:
        'Meio de todas as classes de enlace entre switches da variante (cpo escolhe um switch CPO), ou o mesmo do cenário',
    },
    analysis_variants_c_planes: {
      label: 'Planos da variante C',
      description: 'Planos de rede independentes da variante; 0 mantém o valor do cenário',
    },
    analysis_sweep_fromAccelerators: {
      label: 'Varredura: de',
      description: 'Menor cluster da varredura de tamanho (arredondado para cima em servidores inteiros)',
    },
    analysis_sweep_toAccelerators: {
      label: 'Varredura: até',
      description: 'Maior cluster da varredura de tamanho (arredondado para baixo em servidores inteiros)',
    },
    analysis_sweep_points: {
      label: 'Pontos da varredura',
      description:
        'Tamanhos espaçados em escala logarítmica na varredura (tamanhos que arredondam para o mesmo número de servidores são unidos)',
    },
    analysis_projection_fromYear: { label: 'Projeção: de', description: 'Primeiro ano da projeção' },
    analysis_projection_toYear: { label: 'Projeção: até', description: 'Último ano da projeção' },
    analysis_projection_mode: {
      label: 'Modo da projeção',
      description:
        'seguir o roadmap: componentes mais novos a cada ano, dentro das escolhas do cenário; fixo: manter os componentes do ano de implantação',
    },
    analysis_projection_slips_a_target: {
      label: 'Atraso A: alvo',
      description:
        'O que atrasa: uma tecnologia do roadmap (por exemplo cpo, optics-1.6t), um fornecedor ou um ID de componente; none para nenhum',
    },
    analysis_projection_slips_a_delayYears: {
      label: 'Atraso A: anos',
      description: 'Anos de atraso do primeiro fornecimento do alvo (negativo: antecipação)',
    },
    analysis_projection_slips_b_target: {
      label: 'Atraso B: alvo',
      description:
        'O que atrasa: uma tecnologia do roadmap (por exemplo cpo, optics-1.6t), um fornecedor ou um ID de componente; none para nenhum',
    },
    analysis_projection_slips_b_delayYears: {
      label: 'Atraso B: anos',
      description: 'Anos de atraso do primeiro fornecimento do alvo (negativo: antecipação)',
    },
    analysis_projection_slips_c_target: {
      label: 'Atraso C: alvo',
      description:
        'O que atrasa: uma tecnologia do roadmap (por exemplo cpo, optics-1.6t), um fornecedor ou um ID de componente; none para nenhum',
    },
    analysis_projection_slips_c_delayYears: {
      label: 'Atraso C: anos',
      description: 'Anos de atraso do primeiro fornecimento do alvo (negativo: antecipação)',
    },
    analysis_uncertainty_electricityBelowPercent: {
      label: 'Eletricidade, caso baixo',
      description:
        'Preço baixo da eletricidade, em percentual abaixo do valor do cenário (0,06 vs 0,08 USD/kWh: estados de data centers com energia barata vs a média industrial dos EUA em 2023, EIA)',
    },
    analysis_uncertainty_electricityAbovePercent: {
      label: 'Eletricidade, caso alto',
      description:
        'Preço alto da eletricidade, em percentual acima do valor do cenário (0,12 vs 0,08 USD/kWh: estados com energia cara vs a média industrial dos EUA em 2023, EIA)',
    },
    analysis_uncertainty_pueBelowPercent: {
      label: 'PUE, caso baixo',
      description:
        'PUE baixo, em percentual abaixo do valor do cenário (novas construções de IA: 1,1 / 1,2 / 1,3); nunca abaixo de 1',
    },
    analysis_uncertainty_pueAbovePercent: {
      label: 'PUE, caso alto',
      description: 'PUE alto, em percentual acima do valor do cenário (novas construções de IA: 1,1 / 1,2 / 1,3)',
    },
    analysis_monteCarlo_samples: {
      label: 'Amostras de Monte Carlo',
      description: 'Amostras de Monte Carlo (hipercubo latino)',
    },
    analysis_monteCarlo_seed: {
      label: 'Semente aleatória',
      description: 'Semente do gerador de números aleatórios; a mesma semente dá os mesmos resultados',
    },
    analysis_monteCarlo_distribution: {
      label: 'Distribuição',
      description: 'Distribuição sobre cada faixa mínimo / típico / máximo (lognormal: mediana no típico)',
    },
  },
  options: {
    auto: 'auto',
    generic: 'genérico',
    none: 'nenhuma',
    nvlink3: 'NVLink 3',
    nvlink4: 'NVLink 4',
    nvlink5: 'NVLink 5',
    nvlink6: 'NVLink 6',
    'infinity-fabric': 'Infinity Fabric',
    ualink: 'UALink',
    infiniband: 'InfiniBand',
    'ethernet-roce': 'Ethernet RoCE',
    'spectrum-x': 'Spectrum-X',
    'ultra-ethernet': 'Ultra Ethernet',
    'leaf-spine': 'leaf-spine',
    'fat-tree': 'fat-tree',
    'rail-optimized': 'rail-optimized',
    'rail-only': 'rail-only',
    dragonfly: 'dragonfly',
    'dragonfly-plus': 'dragonfly+',
    'slim-fly': 'Slim Fly',
    balanced: 'balanceado',
    explicit: 'explícito',
    dac: 'DAC (cobre passivo)',
    acc: 'ACC (cobre ativo linear)',
    aec: 'AEC (cabo elétrico ativo)',
    aoc: 'AOC (cabo óptico ativo)',
    'dsp-sr': 'Óptica com DSP, SR (multimodo)',
    'dsp-dr': 'Óptica com DSP, DR (monomodo)',
    'dsp-fr': 'Óptica com DSP, FR (2 km)',
    lpo: 'LPO (plugável linear)',
    lro: 'LRO (retemporização parcial)',
    cpo: 'CPO (óptica co-empacotada)',
    full: 'completa',
    single: 'simples',
    dual: 'dupla',
    young: 'Young',
    daly: 'Daly',
    fixed: 'fixo',
    same: 'igual ao cenário',
    'follow-roadmap': 'seguir o roadmap',
    triangular: 'triangular',
    uniform: 'uniforme',
    lognormal: 'lognormal',
    selective: 'seletiva',
    fused: 'fundido',
    unfused: 'não fundido',
    on: 'ligado',
    off: 'desligado',
    optimizer: 'estado do otimizador',
    refuse: 'recusar',
    report: 'relatar',
  },
  units: {
    year: 'ano',
    USD: 'USD',
    W: 'W',
    accelerators: 'aceleradores',
    Gb_s: 'Gb/s',
    ports: 'portas',
    planes: 'planos',
    tiers: 'camadas',
    ratio: 'razão',
    servers: 'servidores',
    routers: 'roteadores',
    m: 'm',
    USD_kWh: 'USD/kWh',
    years: 'anos',
    pct_yr: '%/ano',
    billion_parameters: 'bilhões de parâmetros',
    layers: 'camadas',
    values: 'valores',
    tokens: 'tokens',
    B: 'B',
    experts: 'especialistas',
    ranks: 'ranks',
    stages: 'estágios',
    replicas: 'réplicas',
    chunks: 'blocos',
    sequences: 'sequências',
    TFLOP_s: 'TFLOP/s',
    us: 'µs',
    min: 'min',
    USD_h: 'USD/h',
    points: 'pontos',
    pct: '%',
    samples: 'amostras',
    seed: 'semente',
    heads: 'cabeças',
    GB_s: 'GB/s',
    GB: 'GB',
  },
  overrides: {
    component: 'Componente',
    kind: 'Grandeza',
    value: 'Valor',
    priceUsd: 'Preço (USD)',
    powerW: 'Potência (W)',
    remove: 'Remover o ajuste de {id}',
    none: 'Sem ajustes: valem os valores do catálogo.',
    add: 'Adicionar ajuste',
  },
  headline: {
    networkCapex: 'Capex da rede',
    capexPerAccelerator: 'Capex por acelerador',
    shareOfCluster: 'Parcela do capex do cluster',
    networkPower: 'Potência da rede',
    powerPerAccelerator: 'Potência por acelerador',
    energyCost: 'Custo de energia da rede por ano',
    capexRange: 'Capex da rede, mínimo – máximo',
    capexRangeSub: 'típico {typical}; cada peça nos extremos da sua faixa de preço',
    clusterPower: 'Potência do cluster (aceleradores, servidores, rede)',
    clusterPowerSplit: 'aceleradores {accelerators} · servidores {servers} · rede {network}',
    clusterEnergyCost: 'Custo de energia do cluster por ano',
    tco: 'TCO da rede',
    idlePorts: 'Portas de switch ociosas',
    hhi: 'HHI de fornecedores',
    ofClusterCapex: 'de {total} de capex do cluster',
    shareOfPower: '{share} da potência do cluster',
    perYear: '{energy} por ano, com PUE',
    overYears: 'capex + energia em {years} anos',
    topVendor: 'maior: {vendor} {share}',
    unitIdleWarning:
      'A unidade escalável forçada de {servers} servidores não preenche suas leaves de trilho: {ports} portas de leaf ({share}) ficam ociosas. Use a unidade escalável auto para preenchê-las.',
  },
  dashboard: {
    title: 'Resultados',
    capexUsd: 'Capex (USD)',
    powerKw: 'Potência (W)',
    shareOfTotal: '{share} do total',
    shareOfScenario: '{share} do total do cenário',
    invalid: 'Corrija as {n} entrada(s) marcada(s) para ver os resultados.',
    componentsInvalid:
      'Os componentes próprios do projeto (components no arquivo do projeto) têm problemas; corrija-os para ver os resultados:',
    unbuildable: 'Este cenário não pode ser construído:',
    capexByCategory: 'Capex por categoria',
    powerByCategory: 'Potência por categoria (kW)',
    fabricPlan: 'Plano da malha',
    exposure: 'Exposição a fornecedores e países',
    bom: 'Lista de materiais',
    efficiency: 'Eficiência paralela da carga de treinamento',
    reliability: 'Falhas e o custo da indisponibilidade',
  },
  categories: {
    switches: 'Switches',
    nics: 'NICs',
    transceivers: 'Transceptores',
    cables: 'Cabos e fibra',
    scaleUp: 'Malha de scale-up',
  },
  bomRole: {
    switches: 'switches {tier}',
    nics: 'NICs de scale-out',
    cables: 'cabos {cls}',
    transceivers: 'transceptores {cls}',
    cpoPorts: 'portas ópticas co-empacotadas {cls}',
    fibre: 'fibra {cls}',
    scaleUp: 'comutação de scale-up por acelerador',
  },
  bom: {
    category: 'Categoria',
    component: 'Componente',
    role: 'Função',
    quantity: 'Quantidade',
    unitPriceUsd: 'Preço unitário',
    extendedPriceUsd: 'Total',
    unitPowerW: 'Potência unitária',
    extendedPowerW: 'Potência',
    vendors: 'Fornecedores',
    sources: 'Fontes (preço, potência)',
  },
  tiers: {
    leaf: 'Leaf',
    spine: 'Spine',
    core: 'Core',
    'super-core': 'Super-core',
    'super-core-2': 'Super-core 2',
    router: 'Roteador',
  },
  linkClasses: {
    'accelerator-leaf': 'NIC–leaf',
    'leaf-spine': 'leaf–spine',
    'spine-core': 'spine–core',
    'core-super': 'core–super-core',
    local: 'intragrupo',
    global: 'intergrupos',
  },
  fabric: {
    summary: '{topology}, {tiers} camada(s), {planes} plano(s); switch {switchModel} com radix {radix}; NIC {nic}.',
    switches: 'Switches por camada',
    tier: 'Camada',
    count: 'Quantidade',
    radix: 'Radix',
    portsUsed: 'Portas usadas',
    idlePorts: 'Portas ociosas',
    idleShare: 'Parcela ociosa',
    model: 'Modelo',
    total: 'Total',
    links: 'Enlaces por classe',
    class: 'Classe',
    medium: 'Meio',
    length: 'Comprimento',
    cables: 'Cabos e fibras',
    modules: 'Módulos',
    rate: 'Taxa',
    pods: '{count} pod(s) de {accelerators} aceleradores; {ratio}:1 entre pods.',
    standby:
      '{count} servidores de reserva nas portas de backup das leaves (suas NICs e enlaces estão na rede; o preço deles não entra no capex do cluster).',
  },
  exposure: {
    byVendor: 'Parcela dos gastos por fornecedor (%)',
    byCountry: 'Parcela dos gastos por país da sede (%)',
    hhi: 'HHI de fornecedores (0–10.000)',
    countryHhi: 'HHI de países',
    siliconSuppliers: 'Fornecedores independentes de silício de switch',
    vendor: 'Fornecedor',
    country: 'País',
    spend: 'Gasto',
    share: 'Parcela',
    singleSource: '{n} componente(s) de fonte única',
  },
  valueChain: {
    title: 'Quem ganha o dinheiro',
    intro:
      'O gasto de rede seguido pela cadeia de valor até as empresas que o recebem: fabricantes de chips, lasers, módulos e sistemas e montadoras de cabos. As parcelas das camadas são estimativas do catálogo, com fontes.',
    top: 'Maior recebedor: {name} ({listing}, {country}): {spend}, {share} do capex de rede.',
    byLayer: 'Gasto de rede por camada da cadeia de valor',
    byCompany: 'Gasto por empresa e camada, 10 maiores (USD)',
    company: 'Empresa',
    listing: 'Listagem',
    private: 'privada',
    notListed: '—',
    parent: 'parte de {parent}',
    country: 'País',
    largestLayer: 'Maior camada',
    spend: 'Gasto',
    perAccelerator: 'Por acelerador',
    share: 'Parcela',
  },
  layers: {
    dsp: 'DSP (retimer/gearbox)',
    'tia-driver': 'TIA e driver',
    'lasers-photonics': 'Lasers e fotônica',
    'other-bom': 'Outras peças do módulo',
    'yield-loss': 'Perda de rendimento',
    'module-maker': 'Fabricante do módulo',
    retimer: 'Chip retimer',
    'cable-assembly': 'Montagem do cabo',
    'switch-silicon': 'Silício do switch',
    'system-components': 'Componentes do switch (gaiolas, energia, refrigeração)',
    'system-oem': 'Fabricante do sistema (OEM/ODM)',
    'optical-engine': 'Motor óptico',
    'laser-source': 'Fonte de laser externa',
    'nic-silicon': 'Silício da NIC',
    'nic-board': 'Placa da NIC',
    fibre: 'Fibra e cabeamento estruturado',
    'scale-up-fabric': 'Malha de scale-up',
    unsplit: 'Não dividido (peças sem fornecedor nomeado)',
  },
  spendShift: {
    title: 'Ganhadores e perdedores: quem recebe mais ou menos de {base} para {other}',
    byCompany: 'Variação do gasto por empresa',
    byLayer: 'Variação do gasto por camada da cadeia de valor',
    usd: 'Variação (USD)',
    usdPerAccelerator: 'Variação (USD por acelerador)',
    memoFalls:
      'Levar {n} aceleradores de {base} para {other} tira {moved} de {losers} e dá {gained} a {winners}; o gasto de rede cai {net}.',
    memoRises:
      'Levar {n} aceleradores de {base} para {other} tira {moved} de {losers} e dá {gained} a {winners}; o gasto de rede sobe {net}.',
    memoLayers: 'A camada {lost} perde mais ({lostUsd}); a camada {gained} ganha mais ({gainedUsd}).',
    memoLayerLost: 'A camada {lost} perde mais ({lostUsd}).',
    memoLayerGained: 'A camada {gained} ganha mais ({gainedUsd}).',
    noOne: 'ninguém',
    none: 'O gasto de nenhuma empresa muda entre estes dois cenários.',
    company: 'Empresa',
    layer: 'Camada',
    change: 'Variação',
    changePerAccelerator: 'Variação por acelerador',
  },
  quality: {
    primary: 'Primária: datasheet do fornecedor, órgão de padronização ou divulgação de consultoria de mercado',
    secondary: 'Secundária: imprensa especializada que reporta um valor primário',
    weak: 'Fraca: blog de fornecedor, página de revendedor ou notas de conversa com especialista',
    estimate: 'Estimativa: uma derivação; veja a nota',
    override: 'Seu ajuste',
  },
  qualityShort: { primary: 'P', secondary: 'S', weak: 'F', estimate: 'E', override: 'A' },
  provenance: {
    source: 'fonte',
    override: 'seu ajuste',
    openSource: 'abrir',
    project: 'projeto',
    projectHint:
      'Valor do projeto: de um componente que o arquivo do projeto acrescenta (components), não do catálogo do Fabricost',
  },
  compare: {
    perAccelerator: 'Por acelerador',
    totals: 'Totais do cluster',
    normalise: 'Mostrar valores',
    perAcceleratorRow: '{name} por acelerador',
    pp: 'p.p.',
    tcoBreakdown: 'TCO no horizonte: capex, energia e indisponibilidade',
    parts: {
      capexUsd: 'Capex',
      energyUsd: 'Energia',
      downtimeUsd: 'Indisponibilidade',
      totalUsd: 'Total',
      capex: 'Capex',
      energy: 'Energia',
      downtime: 'Indisponibilidade',
    },
    waterfall: 'Variação do TCO',
    waterfallTo: 'Cascata até',
    waterfallTitle: 'TCO de {base} a {other}',
    title: 'Comparar cenários',
    pick: 'Cenários a comparar (2 a 4)',
    figure: 'Indicador',
    baseline: 'referência',
    capexPerAccelerator: 'Capex por acelerador, por categoria',
    powerPerAccelerator: 'Potência por acelerador, por categoria',
    usdPerAccelerator: 'USD por acelerador',
    wPerAccelerator: 'W por acelerador',
  },
  compareRows: {
    networkCapex: 'Capex da rede',
    capexPerAccelerator: 'Capex por acelerador',
    shareOfCluster: 'Parcela do capex do cluster',
    networkPower: 'Potência da rede',
    powerPerAccelerator: 'Potência por acelerador (W)',
    energyCost: 'Custo de energia por ano',
    tco: 'TCO da rede',
    hhi: 'HHI de fornecedores',
    switches: 'Switches',
    transceivers: 'Transceptores',
    tiers: 'Camadas',
    networkLimitedEfficiency: 'Eficiência limitada pela rede',
    tokensPerDay: 'Tokens por dia (bilhões)',
    tcoPerEffective: 'TCO do cluster por acelerador efetivo',
    networkInterruptions: 'Interrupções por dia causadas pela rede',
    ettr: 'Razão de tempo efetivo de treinamento',
    downtimeCost: 'Custo anual da indisponibilidade da rede',
    tcoWithDowntime: 'TCO da rede com indisponibilidade',
  },
  catalog: {
    title: 'Catálogo de componentes',
    projectComponent: 'projeto',
    projectComponentHint: 'Acrescentado por este arquivo de projeto (components); seus valores são valores do projeto',
    version: 'versão {v}',
    tabs: {
      media: 'Meios físicos',
      switches: 'Switches',
      nics: 'NICs',
      scaleUp: 'Scale-up',
      vendors: 'Fornecedores',
      sources: 'Fontes',
      compatibility: 'Compatibilidade de meios',
      servers: 'Servidores',
    },
    filter: 'Filtrar',
    legend:
      'Valores em mínimo / típico / máximo; o modelo usa o típico. Marcas: P primária, S secundária, F fraca, E estimativa, A seu ajuste.',
    id: 'ID',
    name: 'Nome',
    source: 'Fonte',
    citation: 'Citação',
    quality: 'Qualidade',
    component: 'Componente',
    figures: 'Valores',
    vendors: 'Fornecedores (país da sede, parcela do fornecimento)',
    year: 'Volume desde',
    overrides: 'Ajuste do projeto',
    projectOverrides: 'Ajustes do projeto',
    maxDomain: 'domínios de até {n} aceleradores',
    compatibilityLegend:
      'Meios que cada ecossistema e família de switches qualifica (tipos nas taxas de módulo ou cabo, a partir de um ano); as famílias listadas aqui não aceitam outros meios. Vendido por: quem vende as peças qualificadas quando não são os fabricantes dos módulos.',
    ecosystems: 'Ecossistemas',
    families: 'Famílias de switches',
    kinds: 'Meios',
    rates: 'Taxas (Gb/s)',
    fromYear: 'Desde',
    soldBy: 'Vendido por',
    note: 'Nota',
    accelerators: 'Aceleradores',
    cages: 'Gaiolas de scale-out',
    serversLegend:
      'Servidores de referência para scaleOut.server: as gaiolas onde entram os módulos do lado do servidor.',
    fig: {
      price: 'Preço',
      powerPerEnd: 'Potência por extremidade',
      reach: 'Alcance',
      afr: 'Taxa de falhas',
      power: 'Potência',
      pricePerAccelerator: 'Preço por acel.',
      powerPerAccelerator: 'Potência por acel.',
      bandwidth: 'Largura de banda',
    },
  },
  efficiency: {
    cannot: 'A carga de trabalho não pode ser executada neste cluster:',
    parallelism: 'Paralelismo',
    stepTime: 'Tempo por passo',
    exposedTotal: 'Comunicação exposta',
    networkLimited: 'Eficiência limitada pela rede',
    mfu: 'Utilização de FLOPs do modelo',
    tokensPerDay: 'Tokens por dia',
    effectiveAccelerators: 'Aceleradores efetivos',
    capexPerEffective: 'Capex do cluster por acelerador efetivo',
    tcoPerEffective: 'TCO do cluster por acelerador efetivo',
    compute: 'Computação',
    bubble: 'Bolha do pipeline',
    exposed: '{p} exposto',
    step: 'Passo',
    stepBreakdown: 'Tempo por passo: computação, bolha e comunicação exposta (ms)',
    parallelismCol: 'Paralelismo',
    collective: 'Coletiva',
    ranks: 'Ranks',
    perStep: 'Por passo',
    exposedCol: 'Exposto',
    computeEfficiency: 'Eficiência de computação',
    derived: 'derivada',
    override: 'substituição',
    memoryPerAccelerator: 'Memória por acelerador',
    memoryOf: '{used} de {capacity} GB',
    memoryParts: 'pesos {w}, gradientes {g}, otimizador {o}, ativações {a} GB',
    memoryShort: 'não cabe',
    inNetworkReduction: 'Redução na rede (paralelismo de dados)',
    yes: 'sim',
    no: 'não',
  },
  parallelism: { tensor: 'tensorial', pipeline: 'pipeline', data: 'de dados', expert: 'de especialistas' },
  reliability: {
    perDay: 'Interrupções por dia',
    networkPerDay: 'Causadas pela rede por dia (mín.–máx.)',
    networkShare: 'Parcela da rede nas interrupções',
    mtti: 'Tempo médio até a interrupção',
    checkpoint: 'Intervalo de checkpoint ({mode})',
    ettr: 'Razão de tempo efetivo de treinamento',
    downtimeHours: 'Horas-acelerador paradas por ano (rede)',
    downtimeCost: 'Custo anual da indisponibilidade da rede a {rate}/hora-acelerador',
    tcoWithDowntime: 'TCO da rede com indisponibilidade',
    component: 'Classe de componente',
    count: 'Quantidade',
    afr: 'Taxa de falhas',
    interrupts: 'Interrompe o job',
    perDayCol: 'Interrupções/dia',
  },
  componentClasses: {
    accelerator: 'Aceleradores',
    host: 'Hosts',
    software: 'Software e outros',
    planned: 'Manutenção planejada',
    nic: 'NICs',
    switch: 'Switches',
    transceiver: 'Transceptores',
    cable: 'Cabos',
    'cpo-port': 'Portas ópticas co-empacotadas',
    'scale-up': 'Malha de scale-up',
  },
  picker: {
    placeholder: 'Digite para buscar por nome, taxa ou fornecedor',
    show: 'Mostrar as opções de {field}',
    noMatch: 'Nada corresponde a “{text}”',
    auto: 'auto (escolhido pelo modelo)',
    autoDetail: {
      switch: 'O switch mais novo para o ecossistema e a taxa de porta; o mais barato por porta em empates',
      nic: 'A NIC mais nova para o ecossistema na taxa de porta; a mais barata por porta em empates',
      medium: 'O meio qualificado mais barato por enlace que alcança o comprimento do enlace',
    },
    project: 'projeto',
    notEcosystem: 'não serve a {ecosystem}',
    notRate: 'sem portas de {rate}',
    notYet: 'disponível a partir de {first}, depois de {year}',
    noneAtRate: 'nenhum em {rate}',
    noneByYear: 'nenhum disponível até {year}',
    noneInCatalog: 'nenhum no catálogo',
  },
  copy: {
    table: 'Copiar tabela',
    chart: 'Copiar gráfico',
    tableDone: 'Tabela copiada: cole-a numa planilha ou documento.',
    chartDone: 'Gráfico copiado como imagem.',
    failed: 'A área de transferência recusou a cópia (o navegador pode exigir permissão).',
  },
  bomCsv: {
    export: 'Exportar CSV',
    saved: 'Lista de materiais salva como CSV.',
    componentId: 'Id do componente',
    unitPriceUsd: 'Preço unitário (USD)',
    extendedPriceUsd: 'Preço total (USD)',
    unitPowerW: 'Potência unitária (W)',
    extendedPowerW: 'Potência total (W)',
    priceSource: 'Fonte do preço (qualidade)',
    powerSource: 'Fonte da potência (qualidade)',
  },
  project: {
    heading: 'Projeto',
    untitled: 'Projeto sem título',
    title: 'Título',
    notes: 'Notas',
  },
  roadmap: {
    lanes: 'Faixas',
    by: { vendor: 'Por fornecedor', technology: 'Por tecnologia' },
    legendBar:
      'primeiro volume até o próximo produto da faixa (azul meios, laranja switches, verde NICs, roxo scale-up)',
    legendGhost: 'ano do catálogo antes de um atraso',
    legendBuild: 'ano de construção {year}',
    bar: '{name}: primeiro volume {year}',
    barSlipped: '{name}: primeiro volume {year} (atrasado de {from})',
    hint: 'Selecione uma barra (clique ou Tab) para ver o nome do produto e os anos.',
  },
  scaling: {
    acceleratorsUnit: 'aceleradores',
    crossoverCapexMark: 'cruzamento: mais barato a partir daqui',
    crossoverPowerMark: 'cruzamento: menos potência a partir daqui',
    crossoverCapexText:
      '{after} fica mais barato por acelerador que {before} a partir de {at} aceleradores (até {lead} menor)',
    crossoverPowerText:
      '{after} consome menos potência por acelerador que {before} a partir de {at} aceleradores (até {lead} menos)',
    materiality:
      'Cruzamentos em que o novo líder nunca fica mais de {pct} à frente contam como empate e não são listados.',
    tableThinned:
      'A tabela mostra {shown} de {total} tamanhos (um a cada {step} e o último); os gráficos mostram todos.',
    tableAll: 'A tabela mostra todos os {total} tamanhos.',
    showAll: 'Mostrar todos os tamanhos',
    showFewer: 'Mostrar menos',
    sweepProgress: 'Progresso da varredura',
    sweepRunning: 'Varrendo: {done} de {total} pontos',
    tornadoTable: 'Entradas no valor baixo, base e alto, e os resultados que geram',
    input: 'Entrada',
    low: 'Baixo',
    base: 'Base',
    high: 'Alto',
    outAtLow: 'Resultado no baixo',
    outAtHigh: 'Resultado no alto',
    swing: 'Amplitude',
    hideSettings: 'Ocultar configurações',
    showSettings: 'Configurações',
    title: 'Análises de escala',
    tabs: {
      sweep: 'Tamanho do cluster',
      projection: 'Anos',
      roadmap: 'Roadmap',
      tornado: 'Sensibilidade',
      montecarlo: 'Monte Carlo',
    },
    accelerators: 'Aceleradores',
    tiers: 'Camadas de comutação',
    capexPerAccelerator: 'Capex de rede por acelerador (USD)',
    powerPerAccelerator: 'Potência de rede por acelerador (W)',
    usdPerGbps: 'Capex de rede por Gb/s (USD)',
    tierTransition: 'mudança de camadas',
    crossover: 'cruzamento',
    transitions: 'Mudanças de camadas e cruzamentos',
    transitionText: '{name}: {from} → {to} camadas entre {last} e {first} aceleradores',
    crossoverText: '{metric}: {after} fica mais barato que {before} a partir de {at} aceleradores',
    noCrossover: 'Nenhum cruzamento entre as séries nesta faixa.',
    metric: {
      capexPerAcceleratorUsd: 'capex por acelerador',
      powerPerAcceleratorW: 'potência por acelerador',
      capexUsd: 'Capex de rede',
      powerW: 'Potência de rede',
      energyCostUsdPerYear: 'Custo anual de energia',
      tcoUsd: 'TCO da rede',
    },
    projectionNote:
      'Modo: {mode}. Preços e potências seguem as curvas de aprendizado do catálogo a partir da referência de {year}.',
    componentChanges: 'Mudanças de componentes e atrasos',
    slipText: '{name} atrasa de {from} para {to}',
    year: 'Ano',
    vendor: 'Fornecedor',
    technologies: 'Famílias de tecnologia',
    technology: 'Tecnologia',
    firstVolume: 'Primeiro volume (cedo / típico / tarde)',
    atLow: 'entrada no mínimo',
    atHigh: 'entrada no máximo',
    tornadoCapex: 'Capex de rede: uma entrada por vez',
    tornadoTco: 'TCO da rede: uma entrada por vez',
    run: 'Executar',
    cancel: 'Cancelar',
    progress: 'Progresso do Monte Carlo',
    metricLabel: 'Indicador',
    mean: 'Média',
    baseCase: 'Caso base',
    mcNote: '{n} amostras por hipercubo latino, semente {seed}, distribuições {dist}.',
    histogram: 'Histograma',
    cdf: 'Distribuição acumulada',
    samples: 'Amostras',
    sampledInputs: '{n} entradas incertas amostradas',
  },
  search: {
    title: 'Busca de projetos',
    intro:
      'Cada combinação das dimensões escolhidas em torno deste cenário é montada e custeada; os projetos que nenhum outro supera em todos os objetivos formam a fronteira.',
    dimensions: 'Dimensões',
    dimensionsNote:
      'Fixa mantém o valor do cenário; lista testa os valores marcados; todas testa cada valor compatível.',
    dim: {
      ecosystem: 'Ecossistema',
      switchModel: 'Modelo de switch',
      topologyKind: 'Topologia',
      tiers: 'Camadas Clos',
      oversubscription: 'Sobreinscrição',
      planes: 'Planos',
      nicPortRateGbps: 'Taxa da porta da NIC',
      nicPortsPerAccelerator: 'Portas de NIC por acelerador',
      scalableUnitServers: 'Unidade escalável (servidores)',
      mediaAcceleratorLeaf: 'Meios, acelerador a leaf',
      mediaLeafSpine: 'Meios, leaf a spine',
    },
    mode: { fixed: 'fixa', list: 'lista', all: 'todas' },
    emptyList: 'Marque um ou mais valores, ou fixe esta dimensão.',
    constraints: 'Restrições',
    constraintsNote: 'Deixe em branco para não limitar.',
    constraint: {
      maxOversubscription: 'Sobreinscrição máxima (1 = sem bloqueio)',
      minEfficiency: 'Eficiência mínima limitada pela rede (0 a 1)',
      maxHhi: 'HHI máximo de fornecedores (0 a 10.000)',
      minSiliconSuppliers: 'Mínimo de fornecedores de silício de switch',
      maxPowerWPerAccelerator: 'Potência máxima de rede por acelerador (W)',
      buildYear: 'Ano de construção (peças em volume até lá)',
    },
    range: 'Deve estar entre {min} e {max}.',
    rangeWhole: 'Deve ser um número inteiro entre {min} e {max}.',
    notANumber: 'Não é um número.',
    objectives: 'Objetivos (menor é melhor)',
    objective: {
      capex: 'Capex de rede por acelerador',
      tco: 'TCO por acelerador efetivo',
      power: 'Potência de rede por acelerador',
      hhi: 'HHI de fornecedores',
    },
    objectiveShort: { capex: 'Capex/acel.', tco: 'TCO/acel. ef.', power: 'Potência/acel.', hhi: 'HHI' },
    noObjective: 'Escolha pelo menos um objetivo.',
    run: 'Executar busca',
    restart: 'Reiniciar busca',
    cancel: 'Cancelar',
    fixSettings: 'Corrija as configurações marcadas para executar.',
    progress: 'Progresso da busca',
    running: '{done} de {total} candidatos',
    failed: 'A busca parou: {message}',
    empty: 'Defina as dimensões e as restrições e execute a busca.',
    cancelled: 'Cancelada: os números cobrem os candidatos vistos até então.',
    counts:
      '{scenario}: {candidates} candidatos, {evaluated} avaliados, {pruned} podados (camadas além das mínimas que cabem), {infeasible} inviáveis, {duplicates} duplicados; {feasible} projetos viáveis, {frontier} na fronteira.',
    topReason: 'Motivo mais comum de um candidato falhar ({n}):',
    scatter: 'Projetos viáveis: capex de rede por acelerador vs TCO por acelerador efetivo',
    axisCapex: 'Capex de rede por acelerador (USD)',
    axisTco: 'TCO por acelerador efetivo (USD)',
    frontier: 'Fronteira',
    frontierTable: 'Fronteira: {n} projetos',
    design: 'Projeto',
    efficiency: 'Eficiência',
    add: 'Adicionar ao projeto',
    addShort: 'Adicionar',
    added: '{name} adicionado ao projeto',
    na: 'n/d',
    bestNote: 'Negrito: o melhor projeto da fronteira naquele objetivo. Clique numa coluna para ordenar.',
  },
};
