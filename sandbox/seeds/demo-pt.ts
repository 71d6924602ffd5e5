import { file, type Script } from "./script";

export const PORTUGUESE: Script[] = [
  {
    channel: "100", destination: "5511987654321", lang: "pt", startedHoursAgo: 6, unread: true,
    lines: [
      ["in", 0, "Olá, meu pedido LH-48401 ainda não chegou."],
      ["out", 5, "Oi Mariana! Vou verificar com a transportadora."],
      ["out", 8, "Ele está no centro de distribuição de Campinas e sai para entrega amanhã."],
      ["in", 30, "Amanhã eu não vou estar em casa."],
      ["in", 1, "Dá para entregar na portaria do prédio?"],
    ],
  },
  {
    channel: "101", destination: "351912345678", lang: "pt", startedHoursAgo: 74,
    lines: [
      ["in", 0, "Bom dia, o sofá Nova existe em cinzento?"],
      ["out", 4, "Bom dia! Existe sim, aqui está.", file("image", "products/nova-3-cinzento.jpg")],
      ["in", 12, "Fica muito bem. Qual é o prazo de entrega para o Porto?"],
      ["out", 3, "Cerca de uma semana, com entrega ao domicílio."],
    ],
  },
  {
    channel: "300", destination: "wc-7e2b91", lang: "pt", startedHoursAgo: 100,
    lines: [
      ["in", 0, "Comprei o tapete de 160x230 mas preciso do 200x290. Posso trocar?"],
      ["out", 3, "Pode sim. A diferença de preço é de 79 euros."],
      ["in", 6, "Ok, pode avançar com a troca."],
      ["out", 2, "Troca registada, a recolha é feita na entrega do novo."],
    ],
  },
  {
    channel: "200", destination: "402918377", lang: "pt", startedHoursAgo: 58,
    lines: [
      ["in", 0, "Preciso da nota fiscal do pedido LH-47688."],
      ["out", 7, "Segue a nota fiscal.", file("document", "invoices/LH-47688.pdf")],
      ["in", 4, "Recebido, obrigado."],
    ],
  },
  {
    channel: "400", destination: "operator-1080", lang: "pt", startedHoursAgo: 40,
    lines: [
      ["in", 0, "Cliente pede ajuda para montar o roupeiro Fjord."],
      ["out", 4, "Enviámos as instruções em áudio.", file("audio", "guides/roupeiro-fjord-instrucoes.mp3")],
      ["in", 90, "Cliente diz que já terminou a montagem."],
      ["out", 1, "Ótimo, caso encerrado."],
    ],
  },
  {
    channel: "100", destination: "5521998877665", lang: "pt", startedHoursAgo: 4, unread: true,
    lines: [
      ["in", 0, "A mesa chegou com um risco no tampo."],
      ["in", 1, "Olha a foto.", file("image", "inbound/mesa-risco-tampo.jpg")],
    ],
  },
  {
    channel: "101", destination: "351934567890", lang: "pt", startedHoursAgo: 130,
    lines: [
      ["in", 0, "Têm algum cupão para primeira compra?"],
      ["out", 5, "Temos! Use BEMVINDO10 para 10% de desconto."],
      ["in", 3, "Funcionou, obrigada!"],
    ],
  },
  {
    channel: "300", destination: "wc-19fa63", lang: "pt", startedHoursAgo: 18,
    lines: [
      ["in", 0, "Onde vejo o rastreio da minha encomenda?"],
      ["out", 2, "No email de confirmação há um link \"Seguir encomenda\"."],
      ["in", 4, "Encontrei, obrigado."],
      ["out", 1, "De nada! Boas compras."],
    ],
  },
  {
    channel: "200", destination: "377120045", lang: "pt", startedHoursAgo: 66,
    lines: [
      ["in", 0, "", file("voice", "inbound/voice-377120045-1.ogg")],
      ["out", 6, "Recebemos o seu áudio. O reembolso foi emitido hoje e aparece em 3 a 5 dias."],
      ["in", 2, "Perfeito."],
    ],
  },
  {
    channel: "400", destination: "operator-1088", lang: "pt", startedHoursAgo: 115,
    lines: [
      ["in", 0, "Cliente pede que a entrega seja recebida pelo vizinho."],
      ["in", 2, "Contacto do vizinho enviado.", file("contact", "inbound/contacto-rui-almeida.vcf")],
      ["out", 5, "Motorista informado."],
    ],
  },
];
