/*
 * The customer's webchat page in the visitor's language: its own small catalog, chosen by
 * `?lang=` or else the browser's Accept-Language. Shares nothing with the app (lib/): the
 * sandbox stands in for a customer's website, which speaks for itself.
 */

export const WEBCHAT_LANGUAGES = ["en", "es", "pt", "pl"] as const;
export type WebchatLanguage = (typeof WEBCHAT_LANGUAGES)[number];

const en = {
  title: "Webchat – customer view (sandbox)",
  chatWith: "Chat with",
  us: "us",
  note: "Sandbox customer view: what you write here arrives in the inbox as a webchat customer.",
  chooseWho: "Choose who you are",
  yourName: "Your name",
  start: "Start chatting",
  chattingAs: "Chatting as",
  conversation: "Conversation",
  writeMessage: "Write a message",
  message: "Message",
  send: "Send",
  // Said by the page's script.
  you: "You",
  seen: "seen",
  sent: "sent",
  image: "Image",
  video: "Video",
  audio: "Audio",
  voice: "Voice message",
  contact: "Contact card",
  document: "Document",
  noChannel: "This sandbox has no webchat channel.",
  notSent: "The message could not be sent: {reason}",
  noAnswer: "no answer",
};

export type WebchatTexts = typeof en;

const texts: Record<WebchatLanguage, WebchatTexts> = {
  en,
  es: {
    title: "Webchat – vista del cliente (sandbox)",
    chatWith: "Chatea con",
    us: "nosotros",
    note: "Vista del cliente del sandbox: lo que escribas aquí llega a la bandeja de entrada como un cliente del webchat.",
    chooseWho: "Elige quién eres",
    yourName: "Tu nombre",
    start: "Empezar a chatear",
    chattingAs: "Chateando como",
    conversation: "Conversación",
    writeMessage: "Escribe un mensaje",
    message: "Mensaje",
    send: "Enviar",
    you: "Tú",
    seen: "visto",
    sent: "enviado",
    image: "Imagen",
    video: "Vídeo",
    audio: "Audio",
    voice: "Nota de voz",
    contact: "Tarjeta de contacto",
    document: "Documento",
    noChannel: "Este sandbox no tiene ningún canal de webchat.",
    notSent: "No se ha podido enviar el mensaje: {reason}",
    noAnswer: "sin respuesta",
  },
  pt: {
    title: "Webchat – visão do cliente (sandbox)",
    chatWith: "Converse com",
    us: "a gente",
    note: "Visão do cliente do sandbox: o que você escrever aqui chega à caixa de entrada como um cliente do webchat.",
    chooseWho: "Escolha quem você é",
    yourName: "Seu nome",
    start: "Começar a conversar",
    chattingAs: "Conversando como",
    conversation: "Conversa",
    writeMessage: "Escreva uma mensagem",
    message: "Mensagem",
    send: "Enviar",
    you: "Você",
    seen: "vista",
    sent: "enviada",
    image: "Imagem",
    video: "Vídeo",
    audio: "Áudio",
    voice: "Mensagem de voz",
    contact: "Cartão de contato",
    document: "Documento",
    noChannel: "Este sandbox não tem nenhum canal de webchat.",
    notSent: "Não foi possível enviar a mensagem: {reason}",
    noAnswer: "sem resposta",
  },
  pl: {
    title: "Webchat – widok klienta (sandbox)",
    chatWith: "Czat z",
    us: "nami",
    note: "Widok klienta w sandboksie: to, co tu napiszesz, trafi do skrzynki odbiorczej jako wiadomość od klienta webchatu.",
    chooseWho: "Wybierz, kim jesteś",
    yourName: "Twoje imię",
    start: "Rozpocznij czat",
    chattingAs: "Piszesz jako",
    conversation: "Rozmowa",
    writeMessage: "Napisz wiadomość",
    message: "Wiadomość",
    send: "Wyślij",
    you: "Ty",
    seen: "przeczytana",
    sent: "wysłana",
    image: "Obraz",
    video: "Wideo",
    audio: "Dźwięk",
    voice: "Wiadomość głosowa",
    contact: "Wizytówka",
    document: "Dokument",
    noChannel: "Ten sandbox nie ma kanału webchatu.",
    notSent: "Nie udało się wysłać wiadomości: {reason}",
    noAnswer: "brak odpowiedzi",
  },
};

const supported = (tag: string | null | undefined): WebchatLanguage | undefined => {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return WEBCHAT_LANGUAGES.find((language) => language === primary);
};

/** `?lang=` when it names a language of the page, else the best of Accept-Language, else English. */
export function webchatLanguage(lang: string | null, acceptLanguage: string | undefined): WebchatLanguage {
  const chosen = supported(lang);
  if (chosen) return chosen;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const language = supported(tag);
    if (language) return language;
  }
  return "en";
}

export function webchatTexts(language: WebchatLanguage): WebchatTexts {
  return texts[language];
}
