import { file, type Script } from "./script";

export const SPANISH: Script[] = [
  {
    channel: "100", destination: "34600111222", lang: "es", startedHoursAgo: 5, unread: true,
    lines: [
      ["in", 0, "Hola, mi pedido LH-48377 tenía que llegar ayer y no ha llegado."],
      ["out", 4, "Hola Lucía, lo reviso ahora mismo."],
      ["out", 6, "El transportista tuvo una incidencia; lo entregan mañana por la mañana."],
      ["in", 15, "¿Me podéis confirmar la franja horaria?"],
      ["in", 1, "Trabajo por la tarde."],
    ],
  },
  {
    channel: "101", destination: "34611222333", lang: "es", startedHoursAgo: 60,
    lines: [
      ["in", 0, "Buenas, ¿la mesa Roble de 180 cm está disponible?"],
      ["out", 3, "Sí, tenemos stock. Te paso una foto del acabado natural.", file("image", "products/mesa-roble-180.jpg")],
      ["in", 10, "Qué bonita. ¿Cuánto tarda el envío a Valencia?"],
      ["out", 2, "Entre 4 y 6 días laborables, con montaje incluido."],
      ["in", 6, "Perfecto, la pido esta noche."],
    ],
  },
  {
    channel: "300", destination: "wc-0b77c4", lang: "es", startedHoursAgo: 110,
    lines: [
      ["in", 0, "Quiero devolver una silla, el color no combina con mi salón."],
      ["out", 5, "Sin problema, tienes 30 días. ¿Prefieres recogida en casa o punto de entrega?"],
      ["in", 3, "Recogida en casa, por favor."],
      ["out", 2, "Hecho. El mensajero pasará el jueves entre las 9 y las 14 h."],
    ],
  },
  {
    channel: "200", destination: "284470913", lang: "es", startedHoursAgo: 80,
    lines: [
      ["in", 0, "Necesito la factura del pedido LH-47512 a nombre de mi empresa."],
      ["out", 6, "Claro, ¿me indicas el CIF y la razón social?"],
      ["in", 8, "Estudio Brisa S.L., B12345678"],
      ["out", 5, "Aquí tienes la factura.", file("document", "invoices/LH-47512.pdf")],
      ["in", 2, "¡Gracias!"],
    ],
  },
  {
    channel: "400", destination: "operator-1063", lang: "es", startedHoursAgo: 36,
    lines: [
      ["in", 0, "La clienta llama porque la campana extractora hace ruido."],
      ["out", 5, "Le enviamos el contacto del técnico de zona.", file("contact", "contacts/tecnico-javier-ruiz.vcf")],
      ["in", 50, "La clienta confirma que el técnico vendrá el lunes."],
      ["out", 1, "Perfecto, dejamos el caso en seguimiento."],
    ],
  },
  {
    channel: "100", destination: "34622333444", lang: "es", startedHoursAgo: 22,
    lines: [
      ["in", 0, "La lámpara de techo parpadea, os mando un vídeo."],
      ["in", 1, "", file("video", "inbound/lampara-parpadea.mp4")],
      ["out", 7, "Gracias, parece la bombilla. ¿Es la que venía con la lámpara?"],
      ["in", 4, "Sí, la original."],
      ["out", 3, "Te enviamos una nueva sin coste. Llegará en 48 horas."],
    ],
  },
  {
    channel: "101", destination: "5215512345678", lang: "es", startedHoursAgo: 140,
    lines: [
      ["in", 0, "Hola, ¿hacen envíos a Ciudad de México?"],
      ["out", 9, "Por ahora solo enviamos dentro de la Unión Europea, lo siento."],
      ["in", 5, "Qué pena. ¿Tienen previsto ampliar?"],
      ["out", 2, "Esperamos abrir envíos a México el próximo año. ¡Te avisaremos!"],
    ],
  },
  {
    channel: "300", destination: "wc-c41d2e", lang: "es", startedHoursAgo: 2, unread: true,
    lines: [
      ["in", 0, "Me rechaza el pago con tarjeta tres veces seguidas."],
      ["out", 2, "¿Te aparece algún mensaje de error del banco?"],
      ["in", 3, "Pone «operación no autorizada»."],
      ["in", 1, "¿Puedo pagar por transferencia?"],
    ],
  },
  {
    channel: "200", destination: "615502288", lang: "es", startedHoursAgo: 48,
    lines: [
      ["in", 0, "¿Cómo se limpia el sofá de terciopelo?"],
      ["out", 4, "Te lo explico en una nota de voz.", file("voice", "voice/limpieza-terciopelo.ogg")],
      ["in", 20, "Muy claro, ¡gracias!"],
    ],
  },
  {
    channel: "400", destination: "operator-1071", lang: "es", startedHoursAgo: 90,
    lines: [
      ["in", 0, "El cliente quiere cambiar el color del pedido LH-47950 de gris a azul."],
      ["out", 6, "Cambio hecho en el pedido, mismo precio y plazo."],
      ["in", 10, "El cliente da las gracias."],
    ],
  },
];
