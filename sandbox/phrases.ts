/** Believable lines for generated conversations and simulated customers, per language. */

export const LANGUAGES = ["en", "es", "pt", "pl"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CUSTOMER_LINES: Record<Language, readonly string[]> = {
  en: [
    "Hi, where is my order?",
    "Can I change the colour of the sofa I ordered?",
    "The lamp arrived but one bulb doesn't work.",
    "Do you deliver on Saturdays?",
    "Is the oak table still in stock?",
    "How do I return a cushion cover?",
    "Thanks, that solved it!",
    "Could you send me the invoice again?",
    "What's the warranty on the kettle?",
    "The courier left a note but I was at home.",
  ],
  es: [
    "Hola, ¿dónde está mi pedido?",
    "¿Puedo cambiar la dirección de entrega?",
    "La silla llegó con una pata rota.",
    "¿Hacéis envíos a Canarias?",
    "¿Cuándo vuelve a haber stock de la lámpara Arden?",
    "Gracias, todo perfecto.",
    "¿Me podéis reenviar la factura?",
    "¿El montaje está incluido?",
  ],
  pt: [
    "Olá, onde está a minha encomenda?",
    "Posso trocar a cor do sofá?",
    "O candeeiro chegou partido.",
    "Vocês entregam ao sábado?",
    "Ainda têm a mesa de carvalho?",
    "Obrigado, resolvido!",
    "Podem reenviar a fatura?",
    "Quanto tempo demora o reembolso?",
  ],
  pl: [
    "Dzień dobry, gdzie jest moje zamówienie?",
    "Czy mogę zmienić adres dostawy?",
    "Lampa przyszła uszkodzona.",
    "Czy dostarczacie w soboty?",
    "Czy stół dębowy jest jeszcze dostępny?",
    "Dziękuję, wszystko działa!",
    "Proszę o ponowne wysłanie faktury.",
    "Ile trwa zwrot pieniędzy?",
  ],
};

export const AGENT_LINES: Record<Language, readonly string[]> = {
  en: [
    "Let me check that for you.",
    "Your order is on its way and should arrive tomorrow.",
    "I've arranged a replacement at no cost.",
    "Yes, we deliver on Saturdays in most areas.",
    "You're welcome, have a lovely day!",
  ],
  es: [
    "Lo reviso ahora mismo.",
    "Tu pedido llega mañana.",
    "Te enviamos un repuesto sin coste.",
    "¡De nada, que tengas un buen día!",
  ],
  pt: [
    "Vou verificar já.",
    "A sua encomenda chega amanhã.",
    "Enviamos uma substituição sem custos.",
    "De nada, bom dia!",
  ],
  pl: [
    "Już sprawdzam.",
    "Zamówienie dotrze jutro.",
    "Wyślemy nowy egzemplarz bez opłat.",
    "Proszę bardzo, miłego dnia!",
  ],
};

/** First names for new simulated customers and the webchat's suggestions. */
export const CUSTOMER_NAMES = [
  "Olivia", "Noah", "Lucía", "Mateo", "Beatriz", "João", "Zofia", "Jakub",
  "Amelia", "Hugo", "Inês", "Tomás", "Maja", "Kacper", "Grace", "Diego",
] as const;

/** A small deterministic generator, so generated seeds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
