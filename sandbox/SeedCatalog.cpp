#include "SeedCatalog.h"

namespace Activo::Sandbox {

const std::vector<CategorySpec> &categorySpecs()
{
    static const std::vector<CategorySpec> specs = {
        {"LAP", "COMP", "Computer equipment", "EQC", "Equipo de cómputo", 25, 450, 3200, 10,
         {36, 48},
         {"Dell Latitude 5540", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10",
          "Apple MacBook Pro 14\"", "Portátil Dell Vostro 3520",
          "Computadora de escritorio HP ProDesk 400", "Monitor Dell P2723D 27\"",
          "Estación de trabajo Lenovo ThinkStation P360", "Microsoft Surface Pro 9",
          "Tableta Samsung Galaxy Tab S9"}},
        {"VEH", "VEH", "Vehicles", "VEH", "Vehículos", 6, 14000, 68000, 20, {60, 96},
         {"Toyota Hilux 2.4 4x4", "Camioneta Nissan Frontier", "Toyota Land Cruiser Prado",
          "Ford Ranger XLT", "Isuzu NPR delivery truck", "Camión Hino 300 de reparto",
          "Motocicleta Honda XR150L", "Kia Sportage LX", "Mitsubishi L200 doble cabina",
          "Hyundai H-1 passenger van"}},
        {"FUR", "FURN", "Furniture and fixtures", "MOB", "Mobiliario y enseres", 20, 120, 4800, 5,
         {84, 120},
         {"Silla de oficina ergonómica", "Escritorio ejecutivo en L",
          "Mesa de reuniones para 10 personas", "Archivador metálico de 4 gavetas",
          "Office desk 160 x 80 cm", "Director's chair", "Sofá para recepción",
          "Estantería metálica industrial", "Locker de 12 puertas", "Reception counter"}},
        {"BLD", "BLDG", "Buildings", "EDI", "Edificios", 2, 180000, 3500000, 15, {360, 480, 600},
         {"Edificio de oficinas Costa del Este", "Bodega Zona Libre de Colón",
          "Local comercial en David", "Galera de almacenamiento en Santiago",
          "Office building, Brickell", "Apartamento corporativo Punta Pacífica",
          "Centro de datos Panamá Pacífico", "Depósito Juan Díaz"}},
        {"MCH", "MACH", "Machinery", "MAQ", "Maquinaria y montacargas", 8, 3500, 185000, 10,
         {96, 120, 180},
         {"Compresor de aire Atlas Copco GA 30", "Generador eléctrico Cummins 150 kVA",
          "Montacargas Toyota 8FGU25", "Transpaleta eléctrica Crown WP 3000",
          "Planta de tratamiento de agua", "Forklift Caterpillar GP25N",
          "Soldadora Lincoln Electric Power MIG 256", "Cortadora láser industrial",
          "Bomba centrífuga Grundfos"}},
        {"PRN", "PRNT", "Printers", "IMP", "Impresoras", 8, 180, 9500, 5, {36, 60},
         {"Impresora multifuncional Ricoh IM 430F", "HP LaserJet Pro M404dn",
          "Impresora de etiquetas Zebra ZT230", "Plotter HP DesignJet T650",
          "Epson EcoTank L6270", "Fotocopiadora Canon imageRUNNER 2625",
          "Escáner Fujitsu fi-7160"}},
        {"SRV", "SERV", "Servers", "SRV", "Servidores", 5, 3800, 42000, 5, {48, 60},
         {"Dell PowerEdge R750", "Servidor HPE ProLiant DL380 Gen10", "Lenovo ThinkSystem SR650",
          "NetApp FAS2750 storage array", "Servidor de respaldo Synology RS1221+",
          "UPS APC Smart-UPS 3000 VA"}},
        {"PHN", "PHON", "Phones", "TEL", "Teléfonos y radios", 12, 90, 1650, 0, {24, 36},
         {"iPhone 15", "Samsung Galaxy S24", "Teléfono IP Cisco 8841",
          "Radio portátil Motorola DEP450", "Celular Motorola Moto G54",
          "Central telefónica Panasonic KX-NS700", "Samsung Galaxy A54"}},
        {"NET", "NETW", "Network equipment", "RED", "Equipo de red", 8, 250, 14000, 5, {48, 60},
         {"Switch Cisco Catalyst 9200 de 48 puertos", "Firewall Fortinet FortiGate 60F",
          "Access point Ubiquiti U6 Pro", "Router MikroTik CCR2004",
          "Rack de comunicaciones 42U", "Enlace inalámbrico punto a punto"}},
        {"HVC", "HVAC", "Air conditioning", "CLI", "Climatización", 6, 650, 95000, 10, {96, 120},
         {"Aire acondicionado central 5 TR", "Split inverter 24.000 BTU", "Chiller Carrier 30RB",
          "Unidad manejadora de aire Trane", "Cuarto frío para almacenamiento",
          "Deshumidificador industrial"}},
    };
    return specs;
}

const std::vector<CompanySpec> &companySpecs()
{
    static const std::vector<CompanySpec> specs = {
        {"Acme Corp",
         "acme.example",
         false,
         {"LAP", "VEH", "FUR", "BLD", "MCH", "PRN", "SRV", "PHN", "NET", "HVC"},
         {
             {"PTY-HQ", "Head Office, Torre Global", "Panama City", "PA", true, 30},
             {"PTY-CDE", "Costa del Este Warehouse", "Panama City", "PA", true, 12},
             {"PTY-PPA", "Panamá Pacífico Data Center", "Arraiján", "PA", true, 6},
             {"PTY-ALB", "Albrook Warehouse (closed)", "Panama City", "PA", false, 1},
             {"CLN-ZL", "Bodega Zona Libre de Colón", "Colón", "PA", true, 10},
             {"DAV-01", "Sucursal David", "David", "PA", true, 8},
             {"SAN-01", "Sucursal Santiago", "Santiago de Veraguas", "PA", true, 5},
             {"CHI-01", "Sucursal Chitré", "Chitré", "PA", true, 4},
             {"MIA-01", "Miami Sales Office", "Miami", "US", true, 7},
             {"BOG-01", "Oficina Bogotá", "Bogotá", "CO", true, 6},
             {"MAD-01", "Oficina Madrid", "Madrid", "ES", true, 4},
             {"SJO-01", "San José Office", "San José", "CR", true, 4},
             {"MEX-01", "Oficina Ciudad de México", "Ciudad de México", "MX", true, 3},
         },
         {
             {"FIN", "Finance"},
             {"OPS", "Operations"},
             {"IT", "Information Technology"},
             {"SAL", "Sales"},
             {"HR", "Human Resources"},
             {"LOG", "Logistics"},
             {"ADM", "Administration"},
             {"MKT", "Marketing"},
             {"LEG", "Legal"},
             {"MNT", "Maintenance"},
         },
         {
             {"IFRS", "Corporate book (IFRS)"},
             {"TAX", "Tax book"},
         },
         30,
         60,
         0},
        {"Istmo Logística S.A.",
         "istmo-logistica.example",
         true,
         {"LAP", "VEH", "FUR", "MCH", "PRN", "PHN"},
         {
             {"PTY-01", "Oficina principal", "Ciudad de Panamá", "PA", true, 10},
             {"CLN-01", "Centro de distribución Colón", "Colón", "PA", true, 8},
             {"BLB-01", "Patio de contenedores Balboa", "Balboa", "PA", true, 5},
             {"DAV-01", "Sucursal David", "David", "PA", true, 4},
             {"SAN-01", "Bodega Santiago", "Santiago de Veraguas", "PA", true, 3},
             {"CHO-01", "Bodega La Chorrera (inactiva)", "La Chorrera", "PA", false, 1},
         },
         {
             {"ADM", "Administración"},
             {"OPE", "Operaciones"},
             {"VEN", "Ventas"},
             {"LOG", "Logística"},
             {"TEC", "Tecnología"},
         },
         {
             {"NIIF", "Libro corporativo (NIIF)"},
             {"FISCAL", "Libro fiscal"},
         },
         8,
         15,
         40},
    };
    return specs;
}

const std::vector<const char *> &firstNames()
{
    static const std::vector<const char *> names = {
        "María",  "José",    "Ana",     "Luis",     "Carmen",   "Carlos",  "Sofía",
        "Andrés", "Lucía",   "Jorge",   "Valentina", "Diego",   "Isabel",  "Ricardo",
        "Gabriela", "Fernando", "Daniela", "Héctor", "Patricia", "Raúl",   "Emily",
        "James",  "Sarah",   "Michael", "Laura",    "David",    "Jennifer", "Robert",
        "Olivia", "Kevin",
    };
    return names;
}

const std::vector<const char *> &lastNames()
{
    static const std::vector<const char *> names = {
        "Pérez",   "González", "Rodríguez", "Martínez", "Sánchez",  "Ramírez", "Castillo",
        "Herrera", "Vargas",   "Morales",   "Jiménez",  "Núñez",    "Muñoz",   "Ortega",
        "Delgado", "Quintero", "Batista",   "Smith",    "Johnson",  "Williams", "Brown",
        "Miller",  "Davis",    "Wilson",    "Taylor",   "Anderson", "Thompson", "Moore",
        "Clark",   "O'Neill",
    };
    return names;
}

} // namespace Activo::Sandbox
